"""The hand-made reproductions of issue 12: each was a 500 (or a lie of the schema); each is now a 4xx problem."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from embed.encoder import HashingEncoder
from memory import Memory, Touchpoint
from memory.errors import InvalidInput
from memory.relationship import Segment

PROBLEM = "application/problem+json"
JSON = {"content-type": "application/json"}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = ApiSettings(data_dir=Path(tmp_path_factory.mktemp("regressions")), auth=False)
    with (
        Memory.open(settings, encoder=HashingEncoder(64)) as memory,
        TestClient(create_app(memory=memory), raise_server_exceptions=False) as client,
    ):
        client.put("/v1/candidates/c1", json={"candidate_id": "c1", "headline": "ICU nurse"}).raise_for_status()
        yield client


def problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["request_id"]
    return body


@pytest.mark.parametrize("name", ["%20leading-space", "bad%00nul", "a" * 101, "semi;colon", "%E2%9C%93"])
def test_a_bad_segment_name_is_refused_and_cannot_poison_the_listing(client: TestClient, name: str) -> None:
    problem(client.put(f"/v1/segments/{name}", json={"name": "ok"}), 422)
    assert client.get("/v1/segments").status_code == 200
    assert client.get("/v1/refresh-report").status_code == 200


# Blank once trimmed (U+001C is whitespace to Python's strip, not to a length check), or longer than
# 100 characters once lower-cased ('İ' lower-cases to two): schemathesis stored the first kind, and every
# later GET /v1/segments answered 500.
@pytest.mark.parametrize("label", [" ", "\x1c", "\u2028", "\u0130" * 100])
def test_a_label_blank_or_too_long_once_normalised_is_refused(client: TestClient, label: str) -> None:
    problem(client.put("/v1/segments/labels", json={"name": "labels", "role_families": ["ok", label]}), 422)
    assert client.get("/v1/segments").status_code == 200


def test_the_segment_name_of_the_path_wins_and_is_listed(client: TestClient) -> None:
    assert client.put("/v1/segments/Night shift", json={"name": "other"}).status_code == 201
    assert [s["segment"]["name"] for s in client.get("/v1/segments").json()] == ["Night shift"]
    assert client.delete("/v1/segments/Night shift").status_code == 204


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "fax"}, "kind"),
        ({"direction": "sideways"}, "direction"),
        ({"outcome": "maybe"}, "outcome"),
        ({"at": "yesterday"}, "at"),
        ({"at": "9999-12-31T23:59:59-12:00"}, "at"),
        ({"touchpoint_id": "../x"}, "touchpoint_id"),
        ({"contact": "x" * 301}, "contact"),
    ],
)
def test_touchpoints_are_validated_at_the_edge(client: TestClient, change: dict[str, str], field: str) -> None:
    touch = {"touchpoint_id": "t1", "kind": "email", "at": "2026-01-05T10:00:00Z"} | change
    body = problem(client.post("/v1/candidates/c1/touchpoints", json=touch), 422)
    assert str(body["detail"]).startswith(field)


def test_retention_months_are_bounded(client: TestClient) -> None:
    problem(client.post("/v1/retention", json={"months": 1_000_000_000}), 422)
    problem(client.post("/v1/retention", json={"months": 0}), 422)


@pytest.mark.parametrize(
    "query", ["from=0001-01-01&to=9999-12-31", "from=2026-01-01&to=9999-12-31", "from=2026-02-01&to=2026-01-01"]
)
def test_audit_periods_are_bounded(client: TestClient, query: str) -> None:
    problem(client.get(f"/v1/audit?{query}"), 422)


@pytest.mark.parametrize("when", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "1899-12-31T00:00:00Z"])
def test_consent_dates_out_of_range_are_invalid_not_an_overflow(client: TestClient, when: str) -> None:
    body = {"candidate_id": "c2", "consent": {"status": "granted", "expires_at": when}}
    assert problem(client.put("/v1/candidates/c2", json=body), 422)["detail"].startswith("consent.expires_at")


@pytest.mark.parametrize("number", ["-Infinity", "Infinity", "NaN", "1e400"])
def test_signal_scales_are_finite(client: TestClient, number: str) -> None:
    raw = f'{{"signal_id": "s1", "dimension": "care", "value": 3, "scale_min": {number}}}'
    problem(client.post("/v1/candidates/c1/signals", content=raw, headers=JSON), 422)


def test_match_weights_and_segment_filters_are_checked(client: TestClient) -> None:
    raw = '{"requisition": {"title": "nurse"}, "weights": {"semantic": Infinity}}'
    problem(client.post("/v1/match", content=raw, headers=JSON), 422)
    bad_segment = {"requisition": {"title": "nurse"}, "filters": {"segment": "../../etc"}}
    problem(client.post("/v1/match", json=bad_segment), 422)
    problem(client.post("/v1/match", json={"requisition": {"title": "t" * 301}}), 422)


def test_the_audit_never_answers_null_where_the_schema_says_number(client: TestClient) -> None:
    report = client.get("/v1/audit?from=2026-01-01&to=2026-01-31").json()
    schema = client.get("/openapi.json").json()["components"]["schemas"]["ScoringRateReport"]["properties"]
    median = schema["median_score"]
    nullable = median.get("type") == "null" or any(o.get("type") == "null" for o in median.get("anyOf", []))
    assert report["median_score"] is not None or nullable


def test_the_python_api_refuses_the_same_values(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="1900 and 2200"):
        Touchpoint(touchpoint_id="t", candidate_id="c", kind="email", at="9999-12-31T23:59:59-12:00")
    with pytest.raises(ValueError, match="pattern"):
        Segment(name=" bad")
    settings = ApiSettings(data_dir=tmp_path, auth=False)
    with Memory.open(settings, encoder=HashingEncoder(64)) as memory, pytest.raises(InvalidInput, match="months"):
        memory.retention(months=1_000_000_000)

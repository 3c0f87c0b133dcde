"""The REST API over HTTP: in-process on the fast stack, uvicorn on loopback with the real model on the slow one."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from memory import Memory
from tests.conftest import ServeFactory

PROBLEM = "application/problem+json"


@pytest.fixture
def http(open_memory, serve: ServeFactory) -> Iterator[httpx.Client]:  # type: ignore[no-untyped-def]
    memory: Memory = open_memory(max_text_chars=5_000, auth=False)
    with serve(create_app(memory=memory)) as client:
        yield client


def _problem(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, object] = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def test_candidate_lifecycle_over_http(http: httpx.Client) -> None:
    body = {
        "candidate_id": "c1",
        "headline": "ICU nurse",
        "consent": {"status": "granted"},
        "protected": {"sex": "female"},
    }
    created = http.put("/v1/candidates/c1", json=body)
    assert created.status_code == 201 and created.json()["status"] == "created"
    replay = http.put("/v1/candidates/c1", json=body)
    assert replay.status_code == 200 and replay.json()["status"] == "unchanged"

    note = {"note_id": "n1", "stage": "final", "author": "ana", "text": "Calm with ventilated patients."}
    assert http.post("/v1/candidates/c1/notes", json=note).status_code == 201
    again = http.post("/v1/candidates/c1/notes", json=note)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    signal = {"signal_id": "s1", "dimension": "communication", "value": 4}
    assert http.post("/v1/candidates/c1/signals", json=signal).status_code == 201

    view = http.get("/v1/candidates/c1").json()
    assert view["candidate"]["headline"] == "ICU nurse" and view["candidate"]["protected"] is None
    assert "female" not in json.dumps(view)
    assert [n["note_id"] for n in view["notes"]] == ["n1"] and view["signals"][0]["value"] == 4

    receipt = http.delete("/v1/candidates/c1").json()
    assert receipt["removed"] == {
        "candidates": 1,
        "chunks": 1,
        "passages": 1,  # the note's one evidence passage, stored at capture
        "notes": 1,
        "signals": 1,
        "protected": 1,
        "replies": 0,
        "touchpoints": 0,
        "consents": 1,
    }
    _problem(http.get("/v1/candidates/c1"), 404)


MODEL = {"fast": "hashing-64", "real": "sentence-transformers/all-MiniLM-L6-v2"}


def test_match_over_http_returns_explained_shortlist(http: httpx.Client, stack: str) -> None:
    for cid, headline in (("nurse", "ICU registered nurse"), ("dev", "Go backend developer")):
        http.put(
            f"/v1/candidates/{cid}",
            json={"candidate_id": cid, "headline": headline, "consent": {"status": "granted"}},
        )
        http.post(f"/v1/candidates/{cid}/notes", json={"note_id": f"{cid}-n", "text": f"Interview: {headline}."})
    response = http.post("/v1/match", json={"requisition": {"title": "critical care nurse"}, "limit": 5})
    assert response.status_code == 200
    body = response.json()
    top = body["results"][0]
    assert top["candidate_id"] == "nurse" and top["rank"] == 1
    assert top["evidence"][0]["note_id"] == "nurse-n"
    assert top["base_value"] + sum(top["attributions"].values()) == pytest.approx(top["score"], abs=1e-9)
    assert body["took_ms"] > 0 and body["model"] == MODEL[stack]
    bad = http.post("/v1/match", json={"requisition": {"title": "x"}, "weights": {"charisma": 1}})
    assert _problem(bad, 422)["field"] == "weights"


def test_bad_input_is_problem_json_and_writes_nothing(http: httpx.Client) -> None:
    _problem(http.get("/v1/candidates/ghost"), 404)
    missing = http.post("/v1/candidates/ghost/notes", json={"note_id": "n1", "text": "x"})
    assert _problem(missing, 404)["field"] == "candidate_id"
    malformed = _problem(http.put("/v1/candidates/c1", json={"candidate_id": "c1", "years_experience": -3}), 422)
    assert malformed["errors"][0]["field"] == "years_experience"  # type: ignore[index]
    _problem(http.put("/v1/candidates/c1", json={"candidate_id": "other"}), 422)
    _problem(http.put("/v1/candidates/c1", content=b"{", headers={"content-type": "application/json"}), 422)
    http.put("/v1/candidates/c1", json={"candidate_id": "c1"})
    big = http.post("/v1/candidates/c1/notes", json={"note_id": "n1", "text": "x" * 5_001})
    assert _problem(big, 413)["field"] == "text"
    _problem(http.post("/v1/match", json={"requisition": {}}), 422)
    _problem(http.get("/v1/nowhere"), 404)
    assert http.get("/healthz").json()["counts"] == {"candidates": 1, "notes": 0, "signals": 0, "chunks": 0}


def test_bulk_import_over_http(http: httpx.Client) -> None:
    lines = "\n".join(
        [
            json.dumps({"type": "candidate", "candidate_id": "c1", "headline": "Chef"}),
            "garbage",
            json.dumps({"type": "note", "note_id": "n1", "candidate_id": "c1", "text": "Runs a kitchen."}),
        ]
    )
    response = http.post("/v1/import", content=lines, headers={"content-type": "application/x-ndjson"})
    assert response.status_code == 200
    assert response.json() == {
        "imported": 2,
        "unchanged": 0,
        "rejected": [{"line": 2, "error": "not JSON: Expecting value"}],
        "rejected_count": 1,
        "possible_duplicates": {},
    }


def test_openapi_and_health(http: httpx.Client) -> None:
    paths = http.get("/openapi.json").json()["paths"]
    assert {
        "/v1/candidates/{candidate_id}",
        "/v1/candidates/{candidate_id}/notes",
        "/v1/match",
        "/v1/import",
        "/healthz",
    } <= set(paths)
    assert http.get("/docs").status_code == 200
    health = http.get("/healthz").json()
    assert health["status"] == "ok" and health["store"] == "edge"


def test_protected_attributes_never_reach_recruiter_responses(http: httpx.Client) -> None:
    secret = {"sex": "sex-token-81", "race_ethnicity": "race-token-27", "age_band": "age-token-64"}
    for cid in ("p1", "p2"):
        body = {
            "candidate_id": cid,
            "headline": "Payroll specialist",
            "consent": {"status": "granted"},
            "protected": secret,
        }
        http.put(f"/v1/candidates/{cid}", json=body).raise_for_status()
        http.post(f"/v1/candidates/{cid}/notes", json={"note_id": f"{cid}-n", "text": "Ran payroll."})
    bodies = [
        http.get("/v1/candidates/p1").text,
        http.post("/v1/match", json={"requisition": {"title": "payroll"}}).text,
        http.post(
            "/v1/import",
            content=json.dumps({"type": "candidate", "candidate_id": "p3", "protected": secret}),
            headers={"content-type": "application/x-ndjson"},
        ).text,
    ]
    for token in secret.values():
        assert all(token not in body for body in bodies)
    audited = http.post("/v1/match", json={"requisition": {"title": "payroll"}, "audit": True}).json()
    assert all(set(r) >= {"candidate_id"} and "sex-token-81" not in json.dumps(r) for r in audited["results"])
    groups = {g["group"] for f in audited["audit"]["families"] for g in f["groups"]}
    assert "sex-token-81" in groups  # only as an aggregate category of the audit


def test_batch_audit_over_http(http: httpx.Client) -> None:
    for cid, sex in (("a", "F"), ("b", "M"), ("c", "F")):
        http.put(
            f"/v1/candidates/{cid}",
            json={
                "candidate_id": cid,
                "headline": "Nurse",
                "consent": {"status": "granted"},
                "protected": {"sex": sex},
            },
        )
    http.post("/v1/match", json={"requisition": {"title": "nurse"}, "limit": 1}).raise_for_status()
    today = __import__("datetime").date.today().isoformat()
    report = http.get("/v1/audit", params={"from": today, "to": today}).json()
    assert report["decisions"] == 1 and report["assessments"] == 3
    markdown = http.get("/v1/audit", params={"from": today, "to": today, "format": "markdown"})
    assert markdown.headers["content-type"].startswith("text/markdown") and "| F | 2 |" in markdown.text
    assert "<table>" in http.get("/v1/audit", params={"from": today, "to": today, "format": "html"}).text
    _problem(http.get("/v1/audit", params={"from": today, "to": "2000-01-01"}), 422)
    _problem(http.get("/v1/audit", params={"from": "yesterday", "to": today}), 422)


def test_lifecycle_over_http(http: httpx.Client) -> None:
    for cid, email in (("a", "ana@example.com"), ("b", "ANA@example.com"), ("c", "cy@example.com")):
        body = {
            "candidate_id": cid,
            "headline": "Data engineer",
            "emails": [email],
            "role_family": "data",
            "consent": {"status": "granted", "basis": "consent"},
        }
        response = http.put(f"/v1/candidates/{cid}", json=body)
    assert response.json()["possible_duplicates"] == []
    unknown = {"candidate_id": "d", "headline": "Data engineer", "consent": {"status": "unknown"}}
    assert http.put("/v1/candidates/d", json=unknown).status_code == 201
    assert http.get("/v1/duplicates").json() == [["a", "b"]]
    touch = {"touchpoint_id": "t1", "kind": "email", "at": "2026-11-20T09:00:00Z", "outcome": "unsubscribed"}
    assert http.post("/v1/candidates/c/touchpoints", json=touch).status_code == 201
    assert [h["status"] for h in http.get("/v1/candidates/c/consents").json()] == ["granted", "withdrawn"]
    shortlist = http.post(
        "/v1/match", json={"requisition": {"title": "data engineer"}, "include_without_consent": True}
    ).json()
    assert "c" not in [r["candidate_id"] for r in shortlist["results"]]
    # Opted out: c is in neither list; d, who never said, is listed apart as needing consent.
    assert [r["candidate_id"] for r in shortlist["needs_consent"]] == ["d"]
    segment = {"name": "data", "role_families": ["data"], "cadence": {"touches": 1, "per_days": 30}}
    assert http.put("/v1/segments/data", json=segment).status_code == 201
    assert http.get("/v1/segments").json()[0]["with_valid_consent"] == 2
    assert {d["candidate_id"] for d in http.get("/v1/segments/data/due").json()} == {"a", "b"}
    merged = http.post("/v1/candidates/a/merge", json={"other": "b"}).json()
    assert merged["kept"] == "a" and http.get("/v1/duplicates").json() == []
    exported = http.get("/v1/candidates/c/export").json()
    assert exported["records"][0]["candidate_id"] == "c" and len(exported["consent_history"]) == 2
    assert http.post("/v1/retention", json={"months": 24}).json()["applied"] is False
    http.delete("/v1/candidates/c").raise_for_status()
    refused = http.put("/v1/candidates/c2", json={"candidate_id": "c2", "emails": ["cy@example.com"]})
    assert _problem(refused, 403)["field"] == "consent"
    assert http.delete("/v1/segments/data").status_code == 204
    _problem(http.get("/v1/segments/data/due"), 404)

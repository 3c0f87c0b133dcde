"""Limits of a request (413 problem+json, before the body is read) and the one handler of unexpected errors."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import create_app
from memory import Memory
from tests.conftest import LiveServer, fast_memory

PROBLEM = "application/problem+json"


def _app(memory: Memory) -> FastAPI:
    app = create_app(memory=memory)

    @app.get("/boom", include_in_schema=False)
    def boom(email: str = "") -> None:
        raise RuntimeError(f"cannot reach {email}")  # an error quoting a request value

    return app


@pytest.fixture(scope="module")
def memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Memory]:
    with fast_memory(
        tmp_path_factory.mktemp("limits"),
        auth=False,
        max_body_bytes=4096,
        max_text_chars=500,
        max_import_lines=20,
        max_rejected_listed=3,
    ) as memory:
        yield memory


@pytest.fixture(scope="module")
def client(memory: Memory) -> Iterator[TestClient]:
    with TestClient(_app(memory), raise_server_exceptions=False) as client:
        yield client


def test_a_body_declared_too_large_is_refused_before_it_is_read(client: TestClient) -> None:
    body = json.dumps({"requisition": {"title": "nurse", "description": "x" * 10_000}})
    response = client.post("/v1/match", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.headers["content-type"] == PROBLEM
    assert response.json()["limit"] == 4096


def test_a_chunked_body_is_cut_at_the_limit(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"requisition": {"title": "nurse", "description": "'
        for _ in range(100):
            yield b"x" * 1000
        yield b'"}}'

    response = client.post("/v1/match", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.headers["content-type"] == PROBLEM


def test_a_text_over_the_text_limit_is_413(client: TestClient) -> None:
    response = client.post("/v1/match", json={"requisition": {"title": "nurse", "description": "word " * 200}})
    assert response.status_code == 413 and response.json()["field"] == "description"
    note = {"note_id": "n1", "text": "word " * 200}
    client.put("/v1/candidates/c1", json={"candidate_id": "c1"}).raise_for_status()
    assert client.post("/v1/candidates/c1/notes", json=note).status_code == 413


def test_an_import_over_the_line_limit_is_413(client: TestClient) -> None:
    body = b"\n".join(b'{"type": "candidate", "candidate_id": "x%d"}' % i for i in range(21))
    response = client.post("/v1/import", content=body, headers={"content-type": "application/x-ndjson"})
    assert response.status_code == 413 and "20 lines" in response.json()["detail"]
    assert client.get("/v1/candidates/x0").status_code == 404  # nothing was imported


def test_the_import_report_lists_the_first_rejections_and_counts_them_all(client: TestClient) -> None:
    body = b"\n".join([b"not json"] * 10 + [b'{"type": "candidate", "candidate_id": "ok1"}'])
    report = client.post("/v1/import", content=body, headers={"content-type": "application/x-ndjson"}).json()
    assert report["imported"] == 1 and report["rejected_count"] == 10
    assert [r["line"] for r in report["rejected"]] == [1, 2, 3]


def test_an_unexpected_error_is_a_500_problem_with_a_request_id_counted_and_logged_without_values(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="talentrecall"):
        response = client.get("/boom?email=ana@example.com", headers={"x-request-id": "trace-12345678"})
    assert response.status_code == 500 and response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["request_id"] == "trace-12345678" == response.headers["x-request-id"]
    assert "example.com" not in response.text
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "RuntimeError" in logged and "trace-12345678" in logged and "ana@example.com" not in logged
    assert '"status": 500' in logged  # the request log line, like any other answer
    metrics = client.get("/metrics").text
    assert 'talentrecall_requests_total{method="GET",route="/boom",status="500"} 1.0' in metrics
    assert 'talentrecall_server_errors_total{method="GET",route="/boom"} 1.0' in metrics


def test_a_request_id_that_is_not_a_plain_token_is_replaced(client: TestClient) -> None:
    response = client.get("/healthz", headers={"x-request-id": "<script>alert(1)</script>"})
    assert response.headers["x-request-id"] != "<script>alert(1)</script>"
    assert len(response.headers["x-request-id"]) == 32


@pytest.mark.slow  # a real uvicorn: the connection is the server's, not the test client's
def test_a_500_keeps_the_keep_alive_connection(memory: Memory) -> None:
    with LiveServer(_app(memory)) as server, httpx.Client(base_url=server.url) as http:
        ports = []
        for path in ("/boom", "/healthz", "/boom", "/healthz"):
            response = http.get(path, extensions={"trace": lambda name, info: None})
            assert response.status_code == (500 if path == "/boom" else 200)
            stream = response.extensions["network_stream"]
            ports.append(stream.get_extra_info("client_addr"))
        assert len(set(ports)) == 1  # one connection served all four


def test_html_answers_carry_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/v1/audit?from=2026-01-01&to=2026-01-31&format=html"):
        response = client.get(path)
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
        csp = response.headers["content-security-policy"]
        assert (
            "frame-ancestors 'none'" in csp
            and "script-src 'self'" in csp
            and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        )
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get("/healthz").headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in client.get("/healthz").headers

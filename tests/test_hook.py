"""The requisition-opened hook over HTTP: signatures, replay window, idempotency, callback retries.

In-process on the fast stack; on uvicorn with the real model in the slow run.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import pytest

from api.app import create_app
from api.hooks import sign, verify
from memory import Memory
from tests.conftest import ServeFactory, free_port
from tests.helpers import candidate, note

SECRET = "whsec-test"
PATH = "/v1/hooks/requisition-opened"
EVENT = {
    "event_id": "evt-1",
    "type": "requisition.opened",
    "limit": 3,
    "requisition": {"title": "ICU nurse", "must_have_skills": ["critical care"]},
}


def _load(memory: Memory) -> None:
    for cid, headline in (("n1", "ICU registered nurse"), ("n2", "ER nurse"), ("c1", "Head chef")):
        memory.upsert_candidate(candidate(cid, headline=headline))
        memory.add_note(note(f"{cid}-n", cid, f"Interview: {headline}, calm under pressure."))
    memory.upsert_candidate(candidate("n3", headline="ICU nurse", consent={"status": "withdrawn"}))


@pytest.fixture
def hook(open_memory, serve: ServeFactory) -> Iterator[tuple[httpx.Client, Memory]]:  # type: ignore[no-untyped-def]
    memory = open_memory(auth=False, hook_secret=SECRET)
    _load(memory)
    with serve(create_app(memory=memory)) as client:
        yield client, memory


def _post(client: httpx.Client, body: bytes, signature: str) -> httpx.Response:
    return client.post(
        PATH, content=body, headers={"content-type": "application/json", "x-talentrecall-signature": signature}
    )


def _nurses_first(results: list[dict[str, object]], stack: str) -> None:
    top = [r["candidate_id"] for r in results][:2]
    assert sorted(top) == ["n1", "n2"]  # type: ignore[type-var]
    if stack == "real":  # which nurse comes first is a matter of meaning: ICU before ER on the real model
        assert top == ["n1", "n2"]


def test_valid_signature_returns_the_consented_shortlist_once(hook, stack: str) -> None:  # type: ignore[no-untyped-def]
    client, memory = hook
    body = json.dumps(EVENT).encode()
    first = _post(client, body, sign(SECRET, body))
    assert first.status_code == 200, first.text
    shortlist = first.json()
    _nurses_first(shortlist["results"], stack)
    assert "n3" not in {r["candidate_id"] for r in shortlist["results"]}  # no valid consent, never returned
    assert shortlist["audit"] is not None and shortlist["results"][0]["attributions"]
    again = _post(client, body, sign(SECRET, body))
    assert again.json() == shortlist
    assert memory._decisions.count() == 1


@pytest.mark.parametrize("case", ["tampered", "wrong_secret", "stale", "missing", "garbled"])
def test_bad_signatures_are_refused_and_write_nothing(hook, case: str) -> None:  # type: ignore[no-untyped-def]
    client, memory = hook
    body = json.dumps(EVENT).encode()
    signature = {
        "tampered": sign(SECRET, body),
        "wrong_secret": sign("not-the-secret", body),
        "stale": sign(SECRET, body, at=int(time.time()) - 3_600),
        "missing": "",
        "garbled": "v1=abc",
    }[case]
    sent = body.replace(b"ICU nurse", b"ICU nurses") if case == "tampered" else body
    response = _post(client, sent, signature)
    assert response.status_code == 401 and response.headers["content-type"].startswith("application/problem+json")
    assert memory._decisions.count() == 0


def test_greenhouse_job_created_is_adapted(hook, stack: str) -> None:  # type: ignore[no-untyped-def]
    client, _ = hook
    body = json.dumps(
        {
            "action": "job_created",
            "payload": {
                "job": {
                    "id": 4451,
                    "name": "Intensive care nurse",
                    "notes": "Night shifts on a 12-bed ICU.",
                    "departments": [{"name": "Nursing"}],
                    "offices": [{"name": "Berlin", "location": {"name": "Berlin, DE"}}],
                }
            },
        }
    ).encode()
    response = _post(client, body, sign(SECRET, body))
    assert response.status_code == 200
    _nurses_first(response.json()["results"], stack)
    assert _post(client, body, sign(SECRET, body)).json() == response.json()  # redelivery: job id is the event
    bad = json.dumps({"action": "job_created", "payload": {}}).encode()
    assert _post(client, bad, sign(SECRET, bad)).status_code == 422


def test_verify_accepts_only_the_window() -> None:
    body = b"{}"
    verify(SECRET, sign(SECRET, body, at=1_000), body, 300, now=1_299)
    with pytest.raises(Exception, match="stale"):
        verify(SECRET, sign(SECRET, body, at=1_000), body, 300, now=1_301)


def test_callback_is_signed_and_retried(open_memory, serve: ServeFactory) -> None:  # type: ignore[no-untyped-def]
    received: list[tuple[int, bytes, str]] = []

    class Flaky(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            data = self.rfile.read(int(self.headers["content-length"]))
            status = 500 if len(received) < 2 else 200
            received.append((status, data, self.headers["x-talentrecall-signature"]))
            self.send_response(status)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    port = free_port()
    server = HTTPServer(("127.0.0.1", port), Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    memory = open_memory("cb", auth=False, hook_secret=SECRET, hook_callback_url=f"http://127.0.0.1:{port}/in")
    _load(memory)
    try:
        with serve(create_app(memory=memory)) as client:
            body = json.dumps(EVENT).encode()
            shortlist = _post(client, body, sign(SECRET, body)).json()
            deadline = time.monotonic() + 15
            while len(received) < 3 and time.monotonic() < deadline:
                time.sleep(0.1)
    finally:
        server.shutdown()
        server.server_close()
    assert [status for status, _, _ in received] == [500, 500, 200]
    _, data, signature = received[-1]
    verify(SECRET, signature, data, 300)
    assert json.loads(data)["results"] == shortlist["results"]

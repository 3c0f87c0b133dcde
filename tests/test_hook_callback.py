"""The shortlist callback and its outbox: Standard Webhooks signatures checked by the reference library,
once per event, retried with jitter, surviving a restart, holding no personal data, reached by erasure.

A real HTTP receiver on loopback stands in for the ATS; the app runs in-process on the hashing encoder.
"""

from __future__ import annotations

import base64
import contextlib
import json
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from standardwebhooks.webhooks import Webhook

from api import hooks, webhooks
from api.app import create_app
from api.outbox import FILENAME, LEASE_S, Attempt, Ledger, Outbox, Pending
from api.settings import ApiSettings
from embed import HashingEncoder
from memory import Memory
from tests.conftest import free_port
from tests.helpers import candidate, note

RAW_KEY = b"callback-key-of-thirty-two-bytes"
SECRET = "whsec_" + base64.b64encode(RAW_KEY).decode()
PATH = "/v1/hooks/requisition-opened"
NOTE_TEXT = "Interview: {headline}, calm under pressure on a twelve-bed unit."


class Receiver:
    """An ATS endpoint on loopback: answers each POST with the next scripted status (then 200)."""

    def __init__(self, statuses: list[int] | None = None, port: int | None = None) -> None:
        self.statuses = list(statuses or [])
        self.received: list[tuple[int, dict[str, str], bytes]] = []
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/ats/callback"
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                data = self.rfile.read(int(self.headers["content-length"]))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                receiver.received.append((status, {k.lower(): v for k, v in self.headers.items()}, data))
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def wait_for(self, count: int, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.02)

    @property
    def delivered(self) -> list[tuple[dict[str, str], bytes]]:
        return [(headers, body) for status, headers, body in self.received if status == 200]


def event(**changes: Any) -> bytes:
    body: dict[str, Any] = {"event_id": f"evt-{uuid.uuid4().hex}", "limit": 3, "requisition": {"title": "ICU nurse"}}
    body.update(changes)
    return json.dumps(body).encode()


def signed(body: bytes) -> dict[str, str]:
    return {"content-type": "application/json", **webhooks.sign_headers(RAW_KEY, f"msg_{uuid.uuid4().hex}", body)}


def open_memory(data_dir: Path) -> Memory:
    memory = Memory.open(ApiSettings(data_dir=data_dir, auth=False), encoder=HashingEncoder(64))
    if not memory.count().candidates:
        for cid, headline in (("n1", "ICU registered nurse"), ("n2", "ER nurse"), ("c1", "Head chef")):
            memory.upsert_candidate(candidate(cid, headline=headline))
            memory.add_note(note(f"{cid}-n", cid, NOTE_TEXT.format(headline=headline)))
    return memory


@pytest.fixture(scope="module")
def memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Memory]:
    with open_memory(tmp_path_factory.mktemp("callback")) as opened:
        yield opened


@contextlib.contextmanager
def serving(memory: Memory, url: str, **overrides: object) -> Iterator[TestClient]:
    fields: dict[str, object] = {
        "auth": False,
        "hook_secret": SECRET,
        "hook_callback_url": url,
        "hook_callback_delays_s": [0.05, 0.05, 0.05],
        **overrides,
    }
    with TestClient(create_app(ApiSettings(data_dir=memory.settings.data_dir, **fields), memory=memory)) as client:
        yield client


def ledger_row(memory: Memory, event_id: str) -> dict[str, Any] | None:
    ledger = Ledger(memory.settings.data_dir)
    try:
        return ledger.state(event_id)
    finally:
        ledger.close()


def test_the_callback_is_retried_with_one_webhook_id_and_verifies_with_the_library(memory: Memory) -> None:
    body = event()
    with Receiver([500, 503]) as receiver, serving(memory, receiver.url) as client:
        reply = client.post(PATH, content=body, headers=signed(body))
        assert reply.status_code == 200
        receiver.wait_for(3)
    assert [status for status, _, _ in receiver.received] == [500, 503, 200]
    assert len({headers["webhook-id"] for _, headers, _ in receiver.received}) == 1  # the receiver's idempotency key
    headers, data = receiver.delivered[0]
    message = Webhook(SECRET).verify(data, headers)  # raises unless the signature and timestamp hold
    hooks.verify(SECRET, headers["x-talentrecall-signature"], data, 300)  # the deprecated header, for one release
    assert message["type"] == "shortlist.ready" and message["event_id"] == json.loads(body)["event_id"]
    assert message["results"] == reply.json()["results"] and message["decision_id"] == reply.json()["decision_id"]
    row = ledger_row(memory, json.loads(body)["event_id"])
    assert row is not None and (row["state"], row["attempts"], row["request"]) == ("delivered", 3, None)
    assert row["webhook_id"] == headers["webhook-id"]


def test_concurrent_redeliveries_get_one_shortlist_and_send_one_callback(memory: Memory) -> None:
    body = event()
    before = memory._decisions.count()
    with Receiver() as receiver, serving(memory, receiver.url) as client:
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda _: client.post(PATH, content=body, headers=signed(body)), range(8)))
        receiver.wait_for(1)
        again = client.post(PATH, content=body, headers=signed(body))  # a late redelivery, after the callback
        time.sleep(0.3)  # give a wrongly enqueued second callback the time to arrive
    assert {a.status_code for a in answers} == {200} and len({a.text for a in answers}) == 1
    assert again.json() == answers[0].json()
    assert len(receiver.received) == 1 and memory._decisions.count() == before + 1


def test_410_gone_stops_and_exhausted_retries_fail(memory: Memory) -> None:
    gone, failing = event(), event()
    with Receiver([410, 500, 500, 500, 500]) as receiver, serving(memory, receiver.url) as client:
        client.post(PATH, content=gone, headers=signed(gone))
        receiver.wait_for(1)
        client.post(PATH, content=failing, headers=signed(failing))
        receiver.wait_for(5)
        time.sleep(0.3)
    assert [s for s, _, _ in receiver.received] == [410, 500, 500, 500, 500]  # 1 + 3 retries, then no more
    assert ledger_row(memory, json.loads(gone)["event_id"])["state"] == "gone"  # type: ignore[index]
    failed = ledger_row(memory, json.loads(failing)["event_id"])
    assert failed is not None and (failed["state"], failed["attempts"], failed["last_status"]) == ("failed", 4, 500)


def test_a_pending_callback_survives_a_restart_of_the_app_and_the_memory(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there yet: every attempt of the first run is refused
    url = f"http://127.0.0.1:{port}/ats/callback"
    body = event()
    event_id = json.loads(body)["event_id"]
    memory = open_memory(tmp_path / "store")
    with serving(memory, url, hook_callback_delays_s=[0.2] * 20) as client:
        reply = client.post(PATH, content=body, headers=signed(body)).json()
        deadline = time.monotonic() + 30
        while (ledger_row(memory, event_id) or {}).get("attempts", 0) < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
    pending = ledger_row(memory, event_id)
    assert pending is not None and pending["state"] == "pending" and pending["attempts"] >= 1
    memory.close()
    memory = open_memory(tmp_path / "store")  # a new process would see exactly this: the files
    try:
        with Receiver(port=port) as receiver, serving(memory, url) as _:
            receiver.wait_for(1)
        assert len(receiver.delivered) == 1
        headers, data = receiver.delivered[0]
        assert headers["webhook-id"] == pending["webhook_id"]
        assert Webhook(SECRET).verify(data, headers)["results"] == reply["results"]
        assert memory._decisions.count() == 1  # the callback was read from the stored reply, not matched again
    finally:
        memory.close()


def test_the_outbox_holds_no_personal_data_and_an_erasure_reaches_a_pending_callback(tmp_path: Path) -> None:
    body = event(limit=5)
    memory = open_memory(tmp_path / "store")
    try:
        with Receiver([500]) as receiver, serving(memory, receiver.url, hook_callback_delays_s=[1.0]) as client:
            reply = client.post(PATH, content=body, headers=signed(body)).json()
            assert "n1" in {r["candidate_id"] for r in reply["results"]}
            receiver.wait_for(1)
            first = receiver.received[0][2]
            assert b"n1" in first and b"calm under pressure" in first  # the shortlist quotes the notes
            stored = (tmp_path / "store" / FILENAME).read_bytes()
            assert b"calm under pressure" not in stored and b"registered nurse" not in stored
            memory.delete("n1")  # erased before the retry
            receiver.wait_for(2)
        assert len(receiver.delivered) == 1
        headers, data = receiver.delivered[0]
        sent = Webhook(SECRET).verify(data, headers)
        assert "n1" not in {r["candidate_id"] for r in sent["results"]} and b"ICU registered nurse" not in data
    finally:
        memory.close()


def test_a_callback_url_without_a_hook_secret_stops_the_start(memory: Memory) -> None:
    settings = ApiSettings(data_dir=memory.settings.data_dir, auth=False, hook_callback_url="http://127.0.0.1:9/x")
    with pytest.raises(RuntimeError, match="TALENTRECALL_HOOK_SECRET"), TestClient(create_app(settings, memory=memory)):
        pass


class _Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _outbox(tmp_path: Path, answers: list[Attempt], delays: list[float]) -> tuple[Ledger, Outbox, _Clock, list[str]]:
    ledger = Ledger(tmp_path)
    clock = _Clock()
    sent: list[str] = []

    def send(pending: Pending) -> Attempt:
        sent.append(pending.webhook_id)
        return answers.pop(0)

    ledger.claim("e1", "digest", clock.now)
    ledger.enqueue("e1", {"requisition": {"title": "x"}, "limit": 1, "caller": "t", "at": "t"}, clock.now)
    return ledger, Outbox(ledger, send, delays, clock=clock), clock, sent


def test_retries_are_jittered_and_honour_retry_after(tmp_path: Path) -> None:
    ledger, outbox, clock, sent = _outbox(tmp_path, [Attempt(500), Attempt(503, 3_600.0), Attempt(None)], [100.0] * 5)
    try:
        assert outbox.run_due() == 1
        next_at = ledger.next_due()
        assert next_at is not None and clock.now + 80 <= next_at <= clock.now + 120  # 100 s ± 20%
        assert outbox.run_due() == 0  # not due yet
        clock.now = next_at
        assert outbox.run_due() == 1
        assert ledger.next_due() == pytest.approx(clock.now + 3_600)  # Retry-After is longer than the schedule
        clock.now += 3_600
        assert outbox.run_due() == 1  # no answer at all (refused, timed out): retried too
        assert ledger.state("e1")["attempts"] == 3 and len(set(sent)) == 1  # type: ignore[index]
    finally:
        ledger.close()


def test_a_crash_mid_delivery_resends_after_the_lease_with_the_same_webhook_id(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path)
    try:
        ledger.claim("e1", "digest", 0.0)
        ledger.enqueue("e1", {"requisition": {}, "limit": 1, "caller": "t", "at": "t"}, 0.0)
        first = ledger.take_due(10.0)  # this process sends, then dies before recording the answer
        assert [p.event_id for p in first] == ["e1"]
        assert ledger.take_due(10.0 + LEASE_S - 1) == []  # no second sender while the first may still be sending
        again = ledger.take_due(10.0 + LEASE_S + 1)
        assert [p.webhook_id for p in again] == [first[0].webhook_id]
        assert not ledger.enqueue("e1", {}, 0.0)  # and an event is enqueued once
    finally:
        ledger.close()


def test_the_ledger_file_is_private(tmp_path: Path) -> None:
    Ledger(tmp_path).close()
    assert (tmp_path / FILENAME).stat().st_mode & 0o777 == 0o600

"""``POST /v1/hooks/requisition-opened`` as any ATS speaking Standard Webhooks calls it: requests signed by
the ``standardwebhooks`` package (the reference implementation), never by our own signer, plus the
deprecated ``X-Talentrecall-Signature`` for one release. Fast stack: hashing encoder, in-process app.
"""

from __future__ import annotations

import base64
import doctest
import importlib
import json
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from standardwebhooks.webhooks import Webhook

from api import hooks, webhooks
from api.app import create_app
from api.settings import ApiSettings
from memory import Memory
from tests.conftest import apps_over, fast_memory
from tests.helpers import candidate, note

RAW_KEY = b"0123456789abcdef0123456789abcdef"
SECRET = "whsec_" + base64.b64encode(RAW_KEY).decode()
PATH = "/v1/hooks/requisition-opened"
POOL = (("n1", "ICU registered nurse"), ("n2", "ER nurse"), ("c1", "Head chef"))


def event(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "event_id": f"evt-{uuid.uuid4().hex}",
        "type": "requisition.opened",
        "limit": 3,
        "requisition": {"title": "ICU nurse", "must_have_skills": ["critical care"]},
    }
    body.update(changes)
    return body


def signed(body: bytes, key: bytes = RAW_KEY, msg_id: str | None = None, at: datetime | None = None) -> dict[str, str]:
    """Headers as a Standard Webhooks sender makes them, with the reference library."""
    msg_id = msg_id or f"msg_{uuid.uuid4().hex}"
    moment = at or datetime.now(tz=UTC)
    return {
        "content-type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(moment.timestamp())),
        "webhook-signature": Webhook(key).sign(msg_id, moment, body.decode()),
    }


@pytest.fixture(scope="module")
def memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Memory]:
    with fast_memory(tmp_path_factory.mktemp("hook"), auth=False) as opened:
        for cid, headline in POOL:
            opened.upsert_candidate(candidate(cid, headline=headline))
            opened.add_note(note(f"{cid}-n", cid, f"Interview: {headline}, calm under pressure."))
        opened.upsert_candidate(candidate("n3", headline="ICU nurse", consent={"status": "withdrawn"}))
        yield opened


@pytest.fixture
def app(memory: Memory) -> Iterator[Callable[..., TestClient]]:
    with apps_over(memory, hook_secret=SECRET) as factory:
        yield factory


@pytest.fixture
def client(app: Callable[..., TestClient]) -> TestClient:
    return app()


def decisions(memory: Memory) -> int:
    return memory._decisions.count()


def test_a_request_signed_by_the_standardwebhooks_library_gets_the_consented_shortlist(
    client: TestClient, memory: Memory
) -> None:
    body = json.dumps(event()).encode()
    before = decisions(memory)
    response = client.post(PATH, content=body, headers=signed(body))
    assert response.status_code == 200, response.text
    shortlist = response.json()
    assert sorted(r["candidate_id"] for r in shortlist["results"][:2]) == ["n1", "n2"]
    assert "n3" not in {r["candidate_id"] for r in shortlist["results"]}  # withdrew consent: never offered
    assert shortlist["audit"]["families"] == [] and decisions(memory) == before + 1


def test_a_plain_string_secret_is_its_utf8_bytes(app: Callable[..., TestClient]) -> None:
    client = app(hook_secret="plain s3cret, not base64!")
    body = json.dumps(event()).encode()
    assert client.post(PATH, content=body, headers=signed(body, key=b"plain s3cret, not base64!")).status_code == 200
    assert client.post(PATH, content=body, headers=signed(body)).status_code == 401


def test_the_standard_webhooks_envelope_is_read_and_the_webhook_id_is_the_event_id(
    client: TestClient, memory: Memory
) -> None:
    data = {"type": "requisition.opened", "timestamp": "2026-11-26T08:00:00Z", "data": event(limit=1)}
    del data["data"]["event_id"]
    body = json.dumps(data).encode()
    headers = signed(body, msg_id="msg_envelope_1")
    before = decisions(memory)
    first = client.post(PATH, content=body, headers=headers)
    assert first.status_code == 200 and len(first.json()["results"]) == 1
    again = client.post(PATH, content=body, headers=signed(body, msg_id="msg_envelope_1"))  # a retry, re-signed
    assert again.json() == first.json() and decisions(memory) == before + 1


def test_another_event_type_is_acknowledged_and_ignored(client: TestClient, memory: Memory) -> None:
    body = json.dumps({"type": "requisition.closed", "data": {"id": "r1"}}).encode()
    before = decisions(memory)
    response = client.post(PATH, content=body, headers=signed(body))
    assert response.status_code == 200 and response.json()["status"] == "ignored"
    assert decisions(memory) == before


def test_the_deprecated_header_still_works_for_one_release(client: TestClient) -> None:
    body = json.dumps(event()).encode()
    response = client.post(
        PATH,
        content=body,
        headers={"content-type": "application/json", "x-talentrecall-signature": hooks.sign(SECRET, body)},
    )
    assert response.status_code == 200


def _bad(body: bytes, case: str) -> tuple[bytes, dict[str, Any]]:
    now = datetime.now(tz=UTC)
    headers = signed(body)
    if case == "tampered":
        return body.replace(b"ICU", b"ECU"), headers
    if case == "reserialised":
        return json.dumps(json.loads(body), indent=1).encode(), headers
    if case == "wrong_key":
        return body, signed(body, key=b"another key of thirty-two bytes!")
    if case == "replayed_old":  # a request captured more than five minutes ago
        return body, signed(body, at=datetime.fromtimestamp(now.timestamp() - 301, tz=UTC))
    if case == "from_the_future":
        # Well past the 300 s tolerance: at +301 s a loaded machine that takes a second to answer accepts it.
        return body, signed(body, at=datetime.fromtimestamp(now.timestamp() + 3_600, tz=UTC))
    if case == "other_id":  # the id is signed too
        return body, {**headers, "webhook-id": "msg_other"}
    if case.startswith("no_"):
        return body, {k: v for k, v in headers.items() if k != case[3:].replace("_", "-")}
    bad_values: dict[str, tuple[str, str | bytes]] = {
        "timestamp_float": ("webhook-timestamp", headers["webhook-timestamp"] + ".0"),
        "timestamp_exp": ("webhook-timestamp", "1.7e9"),
        "timestamp_word": ("webhook-timestamp", "now"),
        "sig_no_version": ("webhook-signature", headers["webhook-signature"].split(",", 1)[1]),
        "sig_v2": ("webhook-signature", "v2," + headers["webhook-signature"].split(",", 1)[1]),
        "sig_v1a_only": ("webhook-signature", "v1a," + headers["webhook-signature"].split(",", 1)[1]),
        "sig_bad_base64": ("webhook-signature", "v1,@@not base64@@"),
        "sig_non_ascii": ("webhook-signature", "v1,é".encode("latin-1")),  # bytes: httpx sends str as ASCII
        "sig_empty_list": ("webhook-signature", "   "),
        "id_too_long": ("webhook-id", "m" * 300),
    }
    name, value = bad_values[case]
    return body, {**headers, name: value}


BAD = [
    "tampered",
    "reserialised",
    "wrong_key",
    "replayed_old",
    "from_the_future",
    "other_id",
    "no_webhook_id",
    "no_webhook_timestamp",
    "no_webhook_signature",
    "timestamp_float",
    "timestamp_exp",
    "timestamp_word",
    "sig_no_version",
    "sig_v2",
    "sig_v1a_only",
    "sig_bad_base64",
    "sig_non_ascii",
    "sig_empty_list",
    "id_too_long",
]


@pytest.mark.parametrize("case", BAD)
def test_a_bad_signature_is_401_and_writes_nothing(client: TestClient, memory: Memory, case: str) -> None:
    body, headers = _bad(json.dumps(event()).encode(), case)
    before = (memory.count(), decisions(memory))
    response = client.post(PATH, content=body, headers=headers)
    assert response.status_code == 401, (case, response.text)
    assert response.headers["content-type"].startswith("application/problem+json")
    assert (memory.count(), decisions(memory)) == before


@pytest.mark.parametrize("case", BAD[:3])
def test_the_reference_library_agrees_on_what_is_refused(case: str) -> None:
    body, headers = _bad(json.dumps(event()).encode(), case)
    with pytest.raises(Exception, match="signature"):
        Webhook(RAW_KEY).verify(body, headers)
    with pytest.raises(Exception, match="signature"):
        webhooks.verify(RAW_KEY, headers, body, tolerance_s=300)


def test_our_signer_verifies_with_the_library_and_the_library_with_ours() -> None:
    body = json.dumps(event()).encode()
    ours = webhooks.sign_headers(webhooks.secret_key(SECRET), "msg_1", body)
    assert Webhook(SECRET).verify(body, ours) == json.loads(body)
    assert webhooks.verify(webhooks.secret_key(SECRET), signed(body), body, tolerance_s=300).startswith("msg_")
    rotated = {**ours, "webhook-signature": "v1,b2xkIGtleQ== " + ours["webhook-signature"]}  # secret rotation
    assert webhooks.verify(webhooks.secret_key(SECRET), rotated, body, tolerance_s=300) == "msg_1"


def test_a_stale_deprecated_signature_is_refused(client: TestClient) -> None:
    body = json.dumps(event()).encode()
    old = hooks.sign(SECRET, body, at=int(time.time()) - 3_600)
    response = client.post(
        PATH, content=body, headers={"content-type": "application/json", "x-talentrecall-signature": old}
    )
    assert response.status_code == 401


@pytest.mark.parametrize(
    "changes",
    [
        {"limit": "ten"},
        {"limit": 1.9e308},
        {"limit": 10.5},
        {"limit": True},
        {"limit": 0},
        {"limit": 201},
        {"limit": "10"},
        {"requisition": None},
        {"requisition": {}},
        {"requisition": {"title": 5}},
        {"requisition": "ICU nurse"},
        {"event_id": ""},
        {"event_id": 42},
    ],
)
def test_bad_values_are_422_never_500(client: TestClient, memory: Memory, changes: dict[str, Any]) -> None:
    body = json.dumps(event(**changes)).encode()
    before = decisions(memory)
    response = client.post(PATH, content=body, headers=signed(body))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json") and response.json()["detail"]
    assert decisions(memory) == before


MALFORMED = [b"[]", b"not json", b'{"event_id": ', b"\xff\xfe", b"", b"null", b'"s"', b"[" * 5_000, b"9" * 5_000]


@pytest.mark.parametrize("body", MALFORMED)
def test_malformed_bodies_are_422(client: TestClient, body: bytes) -> None:
    # Signed over the raw bytes by our signer (the library signs text, and some of these are not UTF-8).
    headers = webhooks.sign_headers(RAW_KEY, "msg_malformed", body)
    response = client.post(PATH, content=body, headers={**headers, "content-type": "application/json"})
    assert response.status_code == 422 and response.headers["content-type"].startswith("application/problem+json")


def test_the_legacy_form_needs_an_event_id(client: TestClient) -> None:
    body = json.dumps({"requisition": {"title": "ICU nurse"}}).encode()
    headers = {"content-type": "application/json", "x-talentrecall-signature": hooks.sign(SECRET, body)}
    response = client.post(PATH, content=body, headers=headers)
    assert response.status_code == 422 and response.json()["field"] == "event_id"


def test_a_redelivery_returns_the_stored_reply_and_a_reused_id_with_another_body_is_409(
    client: TestClient, memory: Memory
) -> None:
    first_event = event(event_id="evt-reuse")
    body = json.dumps(first_event).encode()
    before = decisions(memory)
    first = client.post(PATH, content=body, headers=signed(body))
    assert client.post(PATH, content=body, headers=signed(body)).json() == first.json()
    reordered = json.dumps(dict(reversed(list(first_event.items())))).encode()  # same event, other key order
    assert client.post(PATH, content=reordered, headers=signed(reordered)).json() == first.json()
    other = json.dumps(event(event_id="evt-reuse", requisition={"title": "Head chef"})).encode()
    conflict = client.post(PATH, content=other, headers=signed(other))
    assert conflict.status_code == 409 and conflict.json()["field"] == "event_id"
    assert decisions(memory) == before + 1


def test_an_unconfigured_hook_is_404_not_503(app: Callable[..., TestClient]) -> None:
    client = app(hook_secret=None)
    body = json.dumps(event()).encode()
    response = client.post(PATH, content=body, headers=signed(body))
    assert response.status_code == 404 and "TALENTRECALL_HOOK_SECRET" in response.json()["detail"]


def test_a_malformed_whsec_secret_stops_the_start(memory: Memory) -> None:
    app = create_app(ApiSettings(data_dir=memory.settings.data_dir, auth=False, hook_secret="whsec_@@@"), memory=memory)
    with pytest.raises(ValueError, match="base64"), TestClient(app):
        pass


@pytest.mark.parametrize("name", ["api.webhooks", "api.greenhouse"])
def test_the_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_a_greenhouse_body_sent_here_is_still_read_for_one_release(client: TestClient) -> None:
    job = {"id": 4451, "name": "Intensive care nurse", "departments": [{"name": "Nursing"}], "offices": []}
    body = json.dumps({"action": "job_created", "payload": {"job": job}}).encode()
    assert client.post(PATH, content=body, headers=signed(body)).json()["results"]
    wrong = json.dumps({"action": "job_created", "payload": {"job": {**job, "departments": ["eng"]}}}).encode()
    response = client.post(PATH, content=wrong, headers=signed(wrong))
    assert response.status_code == 422 and response.json()["field"] == "payload.job.departments.0"

"""``POST /v1/hooks/greenhouse`` with requests built as Greenhouse builds them: its documented payloads
(tests/fixtures/greenhouse/, sources in its README), ``Signature: sha256 <hex HMAC of the raw bytes>`` and
``Greenhouse-Event-ID``. Fast stack (hashing encoder, in-process app); one test on the real model and uvicorn.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api import greenhouse
from api.app import create_app
from api.outbox import FILENAME
from memory import Memory
from tests.conftest import LiveServer, MemoryFactory, apps_over, fast_memory
from tests.helpers import candidate, note

SECRET = "gh-web-hook-secret-key"
PATH = "/v1/hooks/greenhouse"
FIXTURES = Path(__file__).parent / "fixtures" / "greenhouse"
POOL = (
    ("n1", "ICU registered nurse", "Critical care nurse on a cardiac ICU; ventilator management, night shifts."),
    ("e1", "Software engineer", "Backend software engineer: Go services, code review, on-call."),
    ("c1", "Head chef", "Runs a busy kitchen; menu design and food safety."),
)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def load(memory: Memory) -> None:
    for cid, headline, text in POOL:
        memory.upsert_candidate(candidate(cid, headline=headline))
        memory.add_note(note(f"{cid}-n", cid, text))


def as_greenhouse(body: bytes, event_id: str | None = "", secret: str = SECRET) -> dict[str, str]:
    """The headers Greenhouse sends (its docs' "Authentication" and reserved headers); a fresh event id
    unless one is given (None: no Greenhouse-Event-ID header)."""
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Greenhouse-Webhooks",
        "Signature": greenhouse.sign(secret, body),
    }
    if event_id is not None:
        headers["Greenhouse-Event-ID"] = event_id or f"evt-{uuid.uuid4().hex}"
    return headers


@pytest.fixture(scope="module")
def memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Memory]:
    """One loaded memory for the module (opening and loading one is most of a test's cost): tests use
    fresh event ids and compare counts before and after."""
    with fast_memory(tmp_path_factory.mktemp("greenhouse"), auth=False) as opened:
        load(opened)
        yield opened


@pytest.fixture
def app(memory: Memory) -> Iterator[Callable[..., TestClient]]:
    """``app(**settings)``: the service over the module's memory, in-process, with these settings."""
    with apps_over(memory, greenhouse_secret=SECRET) as factory:
        yield factory


@pytest.fixture
def client(app: Callable[..., TestClient]) -> TestClient:
    return app()


def decisions(memory: Memory) -> int:
    return memory._decisions.count()


def ledger_rows(memory: Memory) -> int:
    with contextlib.closing(sqlite3.connect(memory.settings.data_dir / FILENAME)) as db:
        rows: int = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    return rows


def ids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [r["candidate_id"] for r in response.json()["results"]]


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        ("job_created.json", "shortlist"),
        ("job_created_icu_nurse.json", "shortlist"),
        ("job_created_harvest_job.json", "shortlist"),
        ("job_updated.json", "shortlist"),
        ("job_updated_closed.json", "ignored"),
        ("job_deleted.json", "ignored"),
        ("ping.json", "ok"),
    ],
)
def test_each_documented_payload_as_greenhouse_sends_it(
    client: TestClient, memory: Memory, name: str, answer: str
) -> None:
    body = fixture(name)
    before = decisions(memory)
    response = client.post(PATH, content=body, headers=as_greenhouse(body))
    assert response.status_code == 200, response.text
    if answer == "shortlist":
        shortlist = response.json()
        assert {r["candidate_id"] for r in shortlist["results"]} <= {"n1", "e1", "c1"}
        assert shortlist["results"] and shortlist["results"][0]["attributions"] and shortlist["decision_id"]
        assert shortlist["audit"] is not None and shortlist["audit"]["families"] == []  # warnings only, no tables
        assert decisions(memory) == before + 1
    else:
        assert response.json()["status"] == answer and response.json()["note"]
        assert decisions(memory) == before


def test_the_documented_software_engineer_job_finds_the_engineer(client: TestClient) -> None:
    body = fixture("job_created.json")
    assert ids(client.post(PATH, content=body, headers=as_greenhouse(body)))[0] == "e1"


def test_the_job_object_is_read_field_by_field() -> None:
    event = greenhouse.parse(json.loads(fixture("job_created_icu_nurse.json")))
    assert event.action == "job_created" and event.ignored is None and event.job is not None
    assert event.job.confidential is True and event.job.status == "open" and len(event.job.openings or []) == 2
    requisition = greenhouse.to_requisition(event.job)
    assert requisition.title == "Intensive care nurse (nights)"
    assert requisition.requisition_id == "REQ-2291"
    assert requisition.description == (
        "About the role\n"
        "Night shifts on a 12-bed ICU in Zürich & Basel.\n"
        "Critical care experience\n"
        "Ventilator management\n"
        "Level: Senior\n"
        "Employment Type: Full-time\n"
        "Unit focus: Cardiac ICU, Post-operative care"
    )  # no script, no salary, no boolean, no Greenhouse user's name
    assert (requisition.role_family, requisition.location, requisition.seniority) == (
        "nursing",
        "Zürich, Switzerland",
        "senior",
    )


def test_the_harvest_job_object_is_read_too() -> None:
    event = greenhouse.parse(json.loads(fixture("job_created_harvest_job.json")))
    assert event.job is not None
    requisition = greenhouse.to_requisition(event.job)
    assert requisition.requisition_id == "abc123"
    assert requisition.location == "New York, United States"  # offices[].location.name
    assert requisition.role_family == "second-level department"
    assert requisition.description.splitlines() == [
        "Resistance to electro-magnetic radiation a plus!",
        "Time type: Full-Time",  # keyed_custom_fields win over the flat custom_fields of the same key
        "Maximum budget: $81.5k",
        "Maximum Budget: Full-Time",
    ]


def test_a_request_exactly_as_greenhouse_sends_it_with_escaped_unicode(client: TestClient) -> None:
    body = fixture("job_created_icu_nurse.json")
    assert b"\\u003cp\\u003e" in body and b"Z\\u00fcrich" in body  # Greenhouse's escaping, signed as sent
    assert ids(client.post(PATH, content=body, headers=as_greenhouse(body)))[0] == "n1"


@pytest.mark.parametrize(
    "case",
    ["missing", "wrong_secret", "tampered", "reserialised", "sha1", "no_digest", "short_hex", "spaces_only"],
)
def test_a_bad_signature_is_refused_and_writes_nothing(client: TestClient, memory: Memory, case: str) -> None:
    body = fixture("job_created_icu_nurse.json")
    before = (memory.count(), decisions(memory), ledger_rows(memory))
    headers = as_greenhouse(body)
    sent = body
    if case == "missing":
        del headers["Signature"]
    elif case == "wrong_secret":
        headers = as_greenhouse(body, secret="not-the-secret")
    elif case == "tampered":
        sent = body.replace(b"nights", b"days")
    elif case == "reserialised":  # a signature over the same JSON serialised again is not over these bytes
        headers["Signature"] = greenhouse.sign(SECRET, json.dumps(json.loads(body)).encode())
    else:
        headers["Signature"] = {
            "sha1": "sha1 " + greenhouse.sign(SECRET, body).split()[1],
            "no_digest": "sha256",
            "short_hex": greenhouse.sign(SECRET, body)[:-2],
            "spaces_only": "   ",
        }[case]
    response = client.post(PATH, content=sent, headers=headers)
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert (memory.count(), decisions(memory), ledger_rows(memory)) == before


def test_header_names_and_the_algorithm_name_in_any_case(client: TestClient) -> None:
    body = fixture("job_created.json")
    digest = greenhouse.sign(SECRET, body).split()[1]
    headers = {"CONTENT-TYPE": "application/json", "signature": f"SHA256 {digest.upper()}", "GREENHOUSE-EVENT-ID": "up"}
    assert client.post(PATH, content=body, headers=headers).status_code == 200


def test_a_redelivery_returns_the_stored_reply_and_logs_one_decision(client: TestClient, memory: Memory) -> None:
    body = fixture("job_created_icu_nurse.json")
    before = decisions(memory)
    first = client.post(PATH, content=body, headers=as_greenhouse(body, "evt-9"))
    again = client.post(PATH, content=body, headers=as_greenhouse(body, "evt-9"))
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json() and decisions(memory) == before + 1


def test_an_event_id_reused_with_another_body_is_409(client: TestClient, memory: Memory) -> None:
    body = fixture("job_created_icu_nurse.json")
    other = body.replace(b"Intensive care nurse", b"Pastry chef")
    before = decisions(memory)
    assert client.post(PATH, content=body, headers=as_greenhouse(body, "evt-7")).status_code == 200
    conflict = client.post(PATH, content=other, headers=as_greenhouse(other, "evt-7"))
    assert conflict.status_code == 409 and conflict.headers["content-type"].startswith("application/problem+json")
    assert decisions(memory) == before + 1


def test_without_an_event_id_header_the_job_and_action_name_the_event(client: TestClient, memory: Memory) -> None:
    created = _job(id=991)
    before = decisions(memory)
    first = client.post(PATH, content=created, headers=as_greenhouse(created, None))
    assert client.post(PATH, content=created, headers=as_greenhouse(created, None)).json() == first.json()
    renamed = _job(id=991, name="Staff Software Engineer")
    assert client.post(PATH, content=renamed, headers=as_greenhouse(renamed, None)).status_code == 409  # one job
    updated = fixture("job_updated.json")
    edited = updated.replace(b"Looking for the best!", b"Looking for a store manager who coaches.")
    for body in (updated, edited, updated):  # each update of an open job is its own event; a replay is not
        assert client.post(PATH, content=body, headers=as_greenhouse(body, None)).status_code == 200
    assert decisions(memory) == before + 3


def _job(**changes: object) -> bytes:
    data = json.loads(fixture("job_created.json"))
    data["payload"]["job"].update(changes)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    "body",
    [
        _job(departments=["eng"]),
        _job(offices=[1]),
        _job(offices=[{"name": "NYC", "location": 5}]),
        _job(name=5),
        _job(name=""),
        _job(id="371417x"),
        _job(id=True),
        _job(notes=["<p>x</p>"]),
        _job(status="paused"),
        _job(confidential="yes"),
        _job(custom_fields=["salary"]),
        _job(keyed_custom_fields={"level": "senior"}),
        _job(openings={"id": 1}),
        _job(requisition_id={"id": 1}),
        b'{"action": "job_created", "payload": {}}',
        b'{"action": "job_created", "payload": {"job": null}}',
        b'{"action": "job_created", "payload": []}',
        b'{"action": 5}',
        b'{"payload": {}}',
        b"[]",
        b"not json",
        b'{"action": "job_created", ',
        b"\xff\xfe",
        b"",
        b"[" * 5_000 + b"]" * 5_000,  # nested past the JSON parser's recursion limit
        b'{"action": "job_created", "payload": {"job": {"id": ' + b"9" * 5_000 + b"}}}",  # over 4,300 digits
        _job(name="x" * 2_000),
    ],
)
def test_wrong_types_and_malformed_bodies_are_422_never_500(client: TestClient, memory: Memory, body: bytes) -> None:
    before = decisions(memory)
    response = client.post(PATH, content=body, headers=as_greenhouse(body))
    assert response.status_code == 422, response.text
    problem = response.json()
    assert response.headers["content-type"].startswith("application/problem+json") and problem["detail"]
    assert decisions(memory) == before


def test_unknown_fields_are_ignored(client: TestClient) -> None:
    data = json.loads(fixture("job_created.json"))
    data["new_top_level"] = {"x": 1}
    data["payload"]["job"]["departments"][0]["budget_owner"] = {"id": 1}
    data["payload"]["job"]["offices"][0]["timezone"] = "America/New_York"
    data["payload"]["job"]["brand_new_field"] = [1, 2, 3]
    body = json.dumps(data).encode()
    assert ids(client.post(PATH, content=body, headers=as_greenhouse(body)))


def test_a_body_over_the_limit_is_413_before_it_is_read(app: Callable[..., TestClient], memory: Memory) -> None:
    client = app(hook_max_body_bytes=4096)
    before = decisions(memory)
    data = json.loads(fixture("job_created.json"))
    data["payload"]["job"]["notes"] = "<p>" + "x" * 5_000 + "</p>"
    body = json.dumps(data).encode()
    response = client.post(PATH, content=body, headers=as_greenhouse(body))
    assert response.status_code == 413 and response.headers["content-type"].startswith("application/problem+json")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while streaming
        yield body[:3000]
        yield body[3000:]

    assert client.post(PATH, content=chunks(), headers=as_greenhouse(body)).status_code == 413
    assert decisions(memory) == before


def test_an_unconfigured_greenhouse_hook_is_404(app: Callable[..., TestClient]) -> None:
    client = app(greenhouse_secret=None)
    body = fixture("ping.json")
    response = client.post(PATH, content=body, headers=as_greenhouse(body))
    assert response.status_code == 404 and "TALENTRECALL_GREENHOUSE_SECRET" in response.json()["detail"]


def test_with_auth_on_greenhouse_needs_no_api_key_but_its_signature(app: Callable[..., TestClient]) -> None:
    client = app(auth=True)
    body = fixture("job_created.json")
    assert client.post(PATH, content=body, headers=as_greenhouse(body)).status_code == 200
    unsigned = {k: v for k, v in as_greenhouse(body).items() if k != "Signature"}
    assert client.post(PATH, content=body, headers=unsigned).status_code == 401


def test_on_the_real_model_over_http_the_nurse_job_finds_the_nurse(open_real_memory: MemoryFactory) -> None:
    memory = open_real_memory("gh", auth=False, greenhouse_secret=SECRET)
    load(memory)
    body = fixture("job_created_icu_nurse.json")
    with LiveServer(create_app(memory=memory)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        response = client.post(PATH, content=body, headers=as_greenhouse(body))
        assert ids(response)[0] == "n1"
        ping = fixture("ping.json")
        assert client.post(PATH, content=ping, headers=as_greenhouse(ping)).json()["status"] == "ok"
        bad = client.post(PATH, content=body, headers=as_greenhouse(body, secret="wrong"))
        assert bad.status_code == 401


def test_a_request_replayed_a_day_later_gets_a_200_note_not_the_shortlist(client: TestClient, memory: Memory) -> None:
    body = fixture("job_created_icu_nurse.json")
    headers = as_greenhouse(body)
    assert client.post(PATH, content=body, headers=headers).status_code == 200
    event_id = "greenhouse:" + headers["Greenhouse-Event-ID"]
    with contextlib.closing(sqlite3.connect(memory.settings.data_dir / FILENAME)) as db, db:
        db.execute("UPDATE events SET received_at = received_at - 25 * 3600 WHERE event_id = ?", (event_id,))
    replay = client.post(PATH, content=body, headers=headers)  # the signature holds: it has no timestamp
    assert replay.status_code == 200 and replay.json()["status"] == "ignored" and "results" not in replay.json()

"""Signed bodies of any shape never get a server error from either hook.

Schemathesis cannot get past a signature (it sees only 401s), so here Hypothesis (schemathesis's own engine)
makes the bodies and each is signed as its sender would sign it: JSON of any shape, and the documented
Greenhouse job with any field replaced by any JSON value. Derandomized, so a run is reproducible.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api import greenhouse, webhooks
from api.app import create_app
from api.settings import ApiSettings
from tests.conftest import fast_memory
from tests.helpers import candidate

KEY = b"fuzzing-key-of-thirty-two-bytes!"
GREENHOUSE = "gh-fuzz"
DOCUMENTED = json.loads((Path(__file__).parent / "fixtures" / "greenhouse" / "job_created.json").read_text())
ANSWERS = {200, 409, 413, 422}  # 409: two generated bodies may share an event id

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
fields = st.sampled_from(sorted(DOCUMENTED["payload"]["job"]))
run = settings(max_examples=120, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data_dir = tmp_path_factory.mktemp("fuzz")
    with fast_memory(data_dir, auth=False) as memory:
        memory.upsert_candidate(candidate("n1", headline="ICU nurse"))
        hook_secret = "whsec_" + base64.b64encode(KEY).decode()
        configured = ApiSettings(data_dir=data_dir, auth=False, greenhouse_secret=GREENHOUSE, hook_secret=hook_secret)
        app = create_app(configured, memory=memory)
        with TestClient(app) as served:
            yield served


def _post_greenhouse(client: TestClient, body: bytes) -> int:
    headers = {"Signature": greenhouse.sign(GREENHOUSE, body), "Content-Type": "application/json"}
    return client.post("/v1/hooks/greenhouse", content=body, headers=headers).status_code


def _post_generic(client: TestClient, body: bytes) -> int:
    headers = {"content-type": "application/json", **webhooks.sign_headers(KEY, "msg_fuzz", body)}
    return client.post("/v1/hooks/requisition-opened", content=body, headers=headers).status_code


@run
@given(body=values)
def test_any_signed_json_is_answered_without_a_server_error(client: TestClient, body: Any) -> None:
    raw = json.dumps(body).encode()
    assert _post_greenhouse(client, raw) in ANSWERS
    assert _post_generic(client, raw) in ANSWERS


@run
@given(field=fields, value=values, action=st.sampled_from(["job_created", "job_updated"]))
def test_the_documented_job_with_any_field_replaced(client: TestClient, field: str, value: Any, action: str) -> None:
    data = json.loads(json.dumps(DOCUMENTED))
    data["action"] = action
    data["payload"]["job"][field] = value
    assert _post_greenhouse(client, json.dumps(data).encode()) in ANSWERS


@run
@given(
    requisition=st.fixed_dictionaries({"title": st.text(max_size=40)}, optional={"seniority": values}) | values,
    limit=st.integers(-5, 300) | values,
    kind=st.sampled_from(["requisition.opened", None]),
)
def test_the_generic_event_with_any_requisition_and_limit(
    client: TestClient, requisition: Any, limit: Any, kind: str | None
) -> None:
    body = {"event_id": "fuzz", "type": kind, "requisition": requisition, "limit": limit}
    assert _post_generic(client, json.dumps(body).encode()) in ANSWERS

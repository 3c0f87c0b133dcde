"""API keys are picked up and revoked without a restart; the keys file is owner-only."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth import Role, hash_key, keys_file, new_key, revoke_key
from api.settings import ApiSettings
from embed.encoder import HashingEncoder
from memory import Memory

ENV_KEY = "env-admin-key-0123456789"


@pytest.fixture
def settings(tmp_path: Path) -> ApiSettings:
    return ApiSettings(data_dir=tmp_path / "store", auth=True, api_keys=f"admin:{hash_key(ENV_KEY)}")


@pytest.fixture
def client(settings: ApiSettings) -> Iterator[TestClient]:
    with Memory.open(settings, encoder=HashingEncoder(64)) as memory, TestClient(create_app(memory=memory)) as client:
        yield client


def status(client: TestClient, key: str) -> int:
    return client.get("/v1/segments", headers={"authorization": f"Bearer {key}"}).status_code


def test_a_key_added_or_revoked_takes_effect_at_the_next_request(client: TestClient, settings: ApiSettings) -> None:
    assert status(client, "tr_recruiter_unknown") == 401
    key = new_key(settings, Role.recruiter)
    assert status(client, key) == 200
    other = new_key(settings, Role.auditor)
    assert status(client, other) == 200 and status(client, key) == 200
    assert revoke_key(settings, key) == 1
    assert status(client, key) == 401 and status(client, other) == 200
    assert revoke_key(settings, hash_key(other)[:8]) == 1
    assert status(client, other) == 401
    assert status(client, ENV_KEY) == 200  # the environment's keys are not in the file


def test_the_keys_file_is_owner_only(settings: ApiSettings) -> None:
    new_key(settings, Role.admin)
    assert stat.S_IMODE(keys_file(settings).stat().st_mode) == 0o600


def test_a_readable_keys_file_is_tightened_and_a_broken_one_admits_none_of_its_keys(
    client: TestClient, settings: ApiSettings
) -> None:
    key = new_key(settings, Role.recruiter)
    path = keys_file(settings)
    path.chmod(0o644)
    path.write_text(path.read_text() + " ")  # a hand edit: the server sees a change
    assert status(client, key) == 200
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text("[{not json")
    assert status(client, key) == 401
    assert status(client, ENV_KEY) == 200

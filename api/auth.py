"""API keys and roles. Every route declares the roles it admits; keys are only ever stored hashed.

Roles: ``recruiter`` (match, read profiles — never protected attributes), ``auditor`` (audits and their
protected-attribute aggregates), ``admin`` (capture, delete, configuration; also everything a recruiter and
an auditor may do), ``hook`` (the requisition-opened hook only). ``TALENTRECALL_AUTH=off`` admits anyone as
admin: it exists for the local demo only and says so at startup.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request

from api.settings import ApiSettings
from memory import Settings

AUTH_OFF = "auth-off"


class Role(StrEnum):
    recruiter = "recruiter"
    auditor = "auditor"
    admin = "admin"
    hook = "hook"


class Unauthorized(Exception):
    """No key, or a key that is not known."""


class Forbidden(Exception):
    """A known key whose role may not use this route."""


@dataclass(frozen=True)
class Caller:
    role: Role
    key_id: str

    def __str__(self) -> str:
        return f"{self.role.value}:{self.key_id}"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def keys_file(settings: Settings) -> Path:
    return settings.data_dir / "api-keys.json"


def new_key(settings: Settings, role: Role) -> str:
    """Create a key for ``role``; only its hash is written (to the data directory). Returns the key once."""
    key = f"tr_{role.value}_{secrets.token_urlsafe(24)}"
    path = keys_file(settings)
    entries = json.loads(path.read_text()) if path.exists() else []
    entries.append({"role": role.value, "sha256": hash_key(key)})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(entries, indent=2) + "\n")
    return key


def known_keys(settings: ApiSettings) -> dict[str, Role]:
    """Key hashes from ``TALENTRECALL_API_KEYS`` (``role:sha256,…``) and from ``keys add``."""
    found: dict[str, Role] = {}
    for entry in filter(None, (part.strip() for part in settings.api_keys.split(","))):
        role, _, digest = entry.partition(":")
        found[digest.lower()] = Role(role)
    path = keys_file(settings)
    if path.exists():
        for item in json.loads(path.read_text()):
            found[item["sha256"]] = Role(item["role"])
    return found


def caller_of(request: Request) -> Caller:
    settings: ApiSettings = request.app.state.settings
    if not settings.auth:
        return Caller(Role.admin, AUTH_OFF)
    header = request.headers.get("authorization", "")
    key = (
        header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else request.headers.get("x-api-key", "")
    )
    if not key:
        raise Unauthorized("an API key is required (Authorization: Bearer <key>)")
    digest = hash_key(key)
    keys: dict[str, Role] = request.app.state.keys
    for known, role in keys.items():
        if hmac.compare_digest(known, digest):
            return Caller(role, digest[:8])
    raise Unauthorized("unknown API key")


def require(*roles: Role) -> Any:
    """A route dependency admitting ``roles`` (admin is admitted everywhere but the hook)."""
    admitted = set(roles) | ({Role.admin} if Role.hook not in roles else set())

    def check(request: Request) -> Caller:
        caller = caller_of(request)
        if caller.key_id != AUTH_OFF and caller.role not in admitted:
            raise Forbidden(f"the {caller.role.value} role may not use this route")
        return caller

    check.roles = sorted(r.value for r in admitted)  # type: ignore[attr-defined]
    return Depends(check)


def roles_of(dependency: Any) -> list[str] | None:
    """The roles a route dependency admits (a ``Depends`` or a resolved ``Dependant``), if it is a role check."""
    call = getattr(dependency, "call", None) or getattr(dependency, "dependency", None)
    return getattr(call, "roles", None)


AnyReader = Annotated[Caller, require(Role.recruiter, Role.auditor)]
Auditor = Annotated[Caller, require(Role.auditor)]
Admin = Annotated[Caller, require(Role.admin)]
Hook = Annotated[Caller, require(Role.hook)]

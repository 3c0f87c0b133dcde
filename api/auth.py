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
import logging
import os
import secrets
import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request

from api.settings import ApiSettings
from memory import Settings

AUTH_OFF = "auth-off"
log = logging.getLogger("talentrecall.auth")


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
    """Create a key for ``role``; only its hash is written (to the data directory). Returns the key once.

    A running server admits the key at its next request: it re-reads the file when the file changes.
    """
    key = f"tr_{role.value}_{secrets.token_urlsafe(24)}"
    path = keys_file(settings)
    entries = _read(path)
    entries.append({"role": role.value, "sha256": hash_key(key)})
    _write(path, entries)
    return key


def revoke_key(settings: Settings, key_or_digest: str) -> int:
    """Remove a key, given the key itself or its hash (or the hash's first 8+ characters, as logged);
    a running server refuses it from its next request. Returns how many entries were removed."""
    path = keys_file(settings)
    entries = _read(path)
    digest = hash_key(key_or_digest) if key_or_digest.startswith("tr_") else key_or_digest.lower()
    if len(digest) < 8:
        raise ValueError("give the key, or at least the first 8 characters of its hash")
    kept = [entry for entry in entries if not entry["sha256"].startswith(digest)]
    _write(path, kept)
    return len(entries) - len(kept)


def _read(path: Path) -> list[dict[str, str]]:
    entries: list[dict[str, str]] = json.loads(path.read_text()) if path.exists() else []
    return entries


def _write(path: Path, entries: list[dict[str, str]]) -> None:
    """Owner-only (0600) and atomic: a server re-reading the file never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(json.dumps(entries, indent=2) + "\n")
    os.chmod(temporary, 0o600)  # a left-over temporary file keeps its old mode through O_CREAT
    os.replace(temporary, path)


def _from_environment(settings: ApiSettings) -> dict[str, Role]:
    found: dict[str, Role] = {}
    for entry in filter(None, (part.strip() for part in settings.api_keys.split(","))):
        role, _, digest = entry.partition(":")
        found[digest.lower()] = Role(role)
    return found


class KeyRing:
    """The known keys, with the keys file re-read whenever it changes: no restart to add or revoke a key.

    One ``stat`` a request decides (modification time, size and inode: ``_write`` replaces the file, so even
    two changes within one clock tick are seen). A file that cannot be read admits none of its keys (the
    environment's still work) and says why in the log, rather than keeping keys that may have been revoked.
    """

    def __init__(self, settings: ApiSettings) -> None:
        self._fixed = _from_environment(settings)
        self._path = keys_file(settings)
        self._stamp: tuple[int, int, int] | None = None
        self._from_file: dict[str, Role] = {}
        self._lock = threading.Lock()

    def _stamp_now(self) -> tuple[int, int, int] | None:
        try:
            found = os.stat(self._path)
        except FileNotFoundError:
            return None
        return (found.st_mtime_ns, found.st_size, found.st_ino)

    def current(self) -> dict[str, Role]:
        stamp = self._stamp_now()
        if stamp != self._stamp:
            with self._lock:
                self._from_file = self._load() if stamp else {}
                self._stamp = stamp
        return self._fixed | self._from_file

    def _load(self) -> dict[str, Role]:
        try:
            if self._path.stat().st_mode & 0o077:
                os.chmod(self._path, 0o600)  # written by an older version, or by hand: hashes are still secrets
                log.warning(json.dumps({"event": "keys_file_mode_fixed", "path": str(self._path)}))
            return {item["sha256"]: Role(item["role"]) for item in _read(self._path)}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.error(
                json.dumps({"event": "keys_file_unreadable", "path": str(self._path), "error": type(exc).__name__})
            )
            return {}


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
    ring: KeyRing = request.app.state.keys
    for known, role in ring.current().items():
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

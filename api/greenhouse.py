"""Greenhouse's web hooks as Greenhouse sends them (Harvest "Web Hooks" docs, grnhse/greenhouse-api-docs).

- ``Signature: sha256 <hex HMAC-SHA256(secret key, raw body)>``: over the body exactly as sent (Greenhouse
  escapes non-ASCII as ``\\u…`` before signing, so the bytes must never be re-serialised); no timestamp, so a
  replay is answered from the event ledger and never sends a second callback.
- ``Greenhouse-Event-ID``: one id per event, the same on Greenhouse's retries (up to 7 attempts over 15 h
  after a timeout or any answer but 200); without it the id is derived from the job (see ``event_id``).
- ``{"action": "ping", ...}`` when the web hook is saved: answered 200, or Greenhouse disables the hook.
- ``job_created`` and ``job_updated`` carry ``payload.job``: its ``offices[].location`` is a string in the web
  hook payload and ``{"name": …}`` in the Harvest job object; both are read, and so are ``custom_fields``
  in both shapes (``{key: {name, type, value}}`` in web hooks, ``{key: value}`` in Harvest) and
  ``keyed_custom_fields``. Unknown fields are ignored; a known field of the wrong type is ``InvalidInput``.

>>> job = Job.model_validate({"id": 7, "name": "ICU nurse", "notes": "<p>Nights &amp; weekends</p>",
...     "departments": [{"name": "Nursing"}], "offices": [{"name": "Berlin", "location": "Berlin, DE"}]})
>>> requisition = to_requisition(job)
>>> requisition.title, requisition.description, requisition.role_family, requisition.location
('ICU nurse', 'Nights & weekends', 'nursing', 'Berlin, DE')
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, ValidationError

from api.auth import Unauthorized
from memory import InvalidInput, Requisition, Seniority
from memory.ndjson import describe

ACCEPTED = ("job_created", "job_updated")
_HEX = re.compile(r"[0-9a-fA-F]{64}")
_LABEL_CHARS = 100  # memory.models.Label's bound: a department name longer than that is cut, not refused
# Custom field types whose value is text a recruiter wrote about the role; numbers, money, dates, booleans
# and users (a Greenhouse employee's name and email) say nothing a shortlist should read.
_TEXT_FIELDS = {"short_text", "long_text", "single_select", "multi_select"}
_LEVEL_KEYS = {"level", "seniority", "job_level"}
_LEVELS = {level.value for level in Seniority}


def verify(secret: str, header: str | None, body: bytes) -> None:
    """``Unauthorized`` unless ``header`` is ``sha256 <hex HMAC-SHA256(secret, body)>`` (constant-time)."""
    if not header:
        raise Unauthorized("missing Signature header")
    algorithm, _, given = header.strip().partition(" ")
    given = given.strip()
    if algorithm.lower() != "sha256" or not _HEX.fullmatch(given):
        raise Unauthorized("malformed Signature header: 'sha256 <64 hex digits>' expected")
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, given.lower()):
        raise Unauthorized("Signature does not match the body")


def sign(secret: str, body: bytes) -> str:
    """The ``Signature`` header Greenhouse sends with ``body``."""
    return "sha256 " + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class _Loose(BaseModel):
    # Greenhouse adds fields over time (external_id, created_by_id…): unknown ones are ignored.
    model_config = ConfigDict(extra="ignore")


class Location(_Loose):
    name: str | None = None


class Department(_Loose):
    id: StrictInt | None = None
    name: str | None = None


class Office(_Loose):
    id: StrictInt | None = None
    name: str | None = None
    location: str | Location | None = None  # a string in web hooks, an object in Harvest


class CustomField(_Loose):
    name: str | None = None
    type: str | None = None
    value: Any = None


class Opening(_Loose):
    id: StrictInt | None = None
    opening_id: str | None = None
    status: str | None = None


class Job(_Loose):
    id: StrictInt
    name: str = Field(min_length=1, max_length=1_000)
    requisition_id: str | StrictInt | None = None
    notes: str | None = None
    status: Literal["open", "closed", "draft"] | None = None
    confidential: StrictBool | None = None
    departments: list[Department] | None = None
    offices: list[Office] | None = None
    custom_fields: dict[str, CustomField | str | StrictInt | float | StrictBool | list[Any] | None] | None = None
    keyed_custom_fields: dict[str, CustomField] | None = None
    openings: list[Opening] | None = None


class Envelope(_Loose):
    action: str = Field(min_length=1, max_length=100)
    payload: dict[str, Any] | None = None


@dataclass(frozen=True)
class GreenhouseEvent:
    """A parsed delivery: ``job`` is set for the actions that open a role, ``ignored`` says why not."""

    action: str
    job: Job | None
    ignored: str | None


def parse(data: object) -> GreenhouseEvent:
    """The action and, for ``job_created`` / an open ``job_updated``, the validated job."""
    try:
        envelope = Envelope.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(f"Greenhouse payload: {describe(exc)}", field=_path(exc)) from exc
    if envelope.action == "ping":
        return GreenhouseEvent("ping", None, "ping: the web hook is reachable and its secret key matches")
    if envelope.action not in ACCEPTED:
        return GreenhouseEvent(envelope.action, None, f"{envelope.action}: not an event that opens a role")
    try:
        job = Job.model_validate((envelope.payload or {}).get("job"))
    except ValidationError as exc:
        raise InvalidInput(f"Greenhouse payload.job: {describe(exc)}", field=_path(exc, "payload.job")) from exc
    if envelope.action == "job_updated" and job.status != "open":
        return GreenhouseEvent(envelope.action, job, f"job_updated for a job that is not open (status: {job.status})")
    return GreenhouseEvent(envelope.action, job, None)


def _path(error: ValidationError, prefix: str = "") -> str:
    loc = ".".join(str(part) for part in error.errors()[0]["loc"])
    return ".".join(part for part in (prefix, loc) if part)


def event_id(header: str | None, event: GreenhouseEvent, body: bytes) -> str:
    """``Greenhouse-Event-ID`` when sent; else the job id and action (a job is created once), plus for
    ``job_updated`` a digest of the body, since one job is updated many times and each is its own event."""
    if header:
        return f"greenhouse:{header}"
    assert event.job is not None
    derived = f"greenhouse:{event.job.id}:{event.action}"
    if event.action == "job_updated":
        derived += ":" + hashlib.sha256(body).hexdigest()[:16]
    return derived


def to_requisition(job: Job) -> Requisition:
    """The requisition a Greenhouse job describes: name, notes as text, text custom fields, first department
    (role family) and first office (location), and a level custom field as seniority when it names one."""
    fields = _custom_fields(job)
    lines = [html_to_text(job.notes or "")]
    lines += [
        f"{field.name}: {_text(field.value)}" for field in fields if field.type in _TEXT_FIELDS and _text(field.value)
    ]
    departments = [d.name.strip()[:_LABEL_CHARS] for d in job.departments or [] if d.name and d.name.strip()]
    try:
        return Requisition(
            requisition_id=str(job.requisition_id or job.id)[:200],
            title=job.name,
            description="\n".join(line for line in lines if line),
            role_family=departments[0] if departments else None,
            location=_location(job.offices or []),
            seniority=_seniority(fields),
        )
    except ValidationError as exc:
        raise InvalidInput(f"Greenhouse job: {describe(exc)}", field="payload.job") from exc


def _custom_fields(job: Job) -> list[CustomField]:
    found = {key: value for key, value in (job.custom_fields or {}).items() if isinstance(value, CustomField)}
    for key, value in (job.custom_fields or {}).items():
        if not isinstance(value, CustomField) and value is not None:  # Harvest's flat {key: value}
            found[key] = CustomField(name=key.replace("_", " ").capitalize(), type=_guess_type(value), value=value)
    found.update(job.keyed_custom_fields or {})
    return [field.model_copy(update={"name": field.name or key}) for key, field in found.items()]


def _guess_type(value: object) -> str:
    return "multi_select" if isinstance(value, list) else "short_text" if isinstance(value, str) else "other"


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v).strip() for v in value if isinstance(v, str) and v.strip())
    return value.strip() if isinstance(value, str) else ""


def _location(offices: list[Office]) -> str | None:
    for office in offices:
        location = office.location.name if isinstance(office.location, Location) else office.location
        if location or office.name:
            return location or office.name
    return None


def _seniority(fields: list[CustomField]) -> Seniority | None:
    for field in fields:
        key = (field.name or "").strip().lower().replace(" ", "_")
        level = field.value.strip().lower() if isinstance(field.value, str) else ""
        if key in _LEVEL_KEYS and level in _LEVELS:
            return Seniority(level)
    return None


class _TextOnly(HTMLParser):
    """Job notes are HTML: keep the text, break lines at blocks, drop scripts and styles."""

    _BLOCKS = frozenset(
        {"p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
    )
    _HIDDEN = frozenset({"script", "style", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The text of an HTML fragment, one line per block, whitespace collapsed.

    >>> html_to_text("<h2>About</h2><ul><li>Go &amp; Kafka</li><li>on-call</li></ul><script>x()</script>")
    'About\\nGo & Kafka\\non-call'
    """
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)

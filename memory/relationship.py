"""The relationship with a person over time: touchpoints, consent changes, segments and cadence.

Plain pydantic, no I/O; ``memory.lifecycle`` applies them to the store.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from memory.models import ExternalId, Intent, Label, SegmentName, Seniority, ShortText, Source, UtcDatetime


class TouchKind(StrEnum):
    email = "email"
    call = "call"
    event = "event"
    content = "content"
    role_update = "role_update"


class TouchOutcome(StrEnum):
    replied = "replied"
    no_reply = "no_reply"
    bounced = "bounced"
    unsubscribed = "unsubscribed"


class Direction(StrEnum):
    outbound = "outbound"
    inbound = "inbound"


class TouchpointIn(BaseModel):
    """A touchpoint as a caller sends it for one candidate."""

    model_config = ConfigDict(extra="forbid")

    touchpoint_id: ExternalId
    kind: TouchKind
    direction: Direction = Direction.outbound
    at: UtcDatetime
    outcome: TouchOutcome = TouchOutcome.no_reply
    contact: ShortText | None = Field(default=None, description="The email or phone used, verified by a reply.")


class Touchpoint(TouchpointIn):
    """One contact with a candidate; a reply verifies them, an unsubscribe withdraws consent."""

    candidate_id: ExternalId


class ConsentChange(BaseModel):
    """One entry of a candidate's consent history."""

    at: datetime
    status: str
    basis: str | None
    purpose: str | None
    expires_at: datetime | None
    reason: str


class Cadence(BaseModel):
    """At least ``touches`` outbound touches every ``per_days`` days."""

    touches: int = Field(ge=1, le=50)
    per_days: int = Field(ge=1, le=730)


class Segment(BaseModel):
    """A saved, named slice of the pool: role family × seniority × intent × source (empty = any)."""

    model_config = ConfigDict(extra="forbid")

    name: SegmentName
    role_families: list[Label] = Field(default_factory=list)
    seniorities: list[Seniority] = Field(default_factory=list)
    intents: list[Intent] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    silver_medalists_only: bool = False
    cadence: Cadence | None = None


class SegmentCount(BaseModel):
    segment: Segment
    candidates: int
    with_valid_consent: int
    retired: int


class DueTouch(BaseModel):
    candidate_id: str
    segment: str
    touches_in_window: int
    last_touch_at: datetime | None


class StaleRecord(BaseModel):
    candidate_id: str
    segment: str | None
    last_verified_at: datetime | None
    stale: list[str]


class ExpiringConsent(BaseModel):
    candidate_id: str
    expires_at: datetime
    basis: str | None
    purpose: str | None

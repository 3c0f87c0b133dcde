"""What the memory knows about people, as plain pydantic models with no I/O.

Only the external id is required on a candidate: real pools hold half-known prospects. Protected
attributes ride along on input (``Candidate.protected``) so one call can capture them, but the memory
stores them apart and never embeds, scores or returns them to a recruiter.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

ExternalId = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:@-]*$")]
# A saved segment's name, wherever it is given (a path, a body, a match filter): one rule, so a name that could
# not be read back is never stored.
SegmentName = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9 ._-]*$")]


# Dates a recruiting record can carry: anything outside is a typo or an attack (``0001-01-01``,
# ``9999-12-31T23:59:59-12:00``, whose conversion to UTC overflows), refused as invalid input.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def _aware(value: datetime | None) -> datetime | None:
    """Naive datetimes are read as UTC so that comparisons and hashes never depend on the server's zone."""
    if value is None:
        return None
    # Checked before the conversion: shifting year 9999 or year 1 by an offset overflows ``datetime``.
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"dates must fall between {FIRST_YEAR} and {LAST_YEAR}")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def in_range(value: date) -> date:
    """A calendar day between ``FIRST_YEAR`` and ``LAST_YEAR``."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"dates must fall between {FIRST_YEAR} and {LAST_YEAR}")
    return value


UtcDatetime = Annotated[datetime, AfterValidator(_aware)]
Day = Annotated[date, AfterValidator(in_range)]

# Bounds of free text at the edge. A text is also held to ``Settings.max_text_chars`` (413) when it is stored;
# these ceilings keep any single field, even one never stored (a requisition's), from growing without end.
MAX_LONG_TEXT = 1_000_000
ShortText = Annotated[str, Field(max_length=300)]
LongText = Annotated[str, Field(max_length=MAX_LONG_TEXT)]
# A finite number: JSON has no ±Infinity or NaN, and a scale or a weight that is one breaks every division.
Finite = Annotated[float, Field(allow_inf_nan=False)]


def _clean_list(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        stripped = value.strip()
        if stripped:
            seen.setdefault(stripped, None)
    return list(seen)


# At most 500 entries of 300 characters: skills, emails, phones, tags, locations.
CleanList = Annotated[list[ShortText], Field(max_length=500), AfterValidator(_clean_list)]


def _label(value: str) -> str:
    """Trimmed and lower-cased, then measured: a label must read back as it was stored.

    Python's strip() removes more than the length check sees as blank (e.g. U+001C), and lower() can
    lengthen a string ('İ' becomes two characters); measured before, such a label was stored and then
    refused on every read of its segment (found by schemathesis: GET /v1/segments answered 500).
    """
    label = value.strip().lower()
    if not 1 <= len(label) <= _LABEL_CHARS:
        raise ValueError(f"a label has 1 to {_LABEL_CHARS} characters once trimmed and lower-cased")
    return label


_LABEL_CHARS = 100
Label = Annotated[str, Field(min_length=1, max_length=_LABEL_CHARS), AfterValidator(_label)]


class Source(StrEnum):
    prospect = "prospect"
    silver_medalist = "silver_medalist"
    past_applicant = "past_applicant"
    referral = "referral"
    event_contact = "event_contact"


class Seniority(StrEnum):
    intern = "intern"
    junior = "junior"
    mid = "mid"
    senior = "senior"
    lead = "lead"
    principal = "principal"
    executive = "executive"


class Intent(StrEnum):
    """How open the person is to a move, as last heard."""

    active = "active"
    open = "open"
    passive = "passive"
    not_looking = "not_looking"


class Outcome(StrEnum):
    """How the person's last application ended."""

    hired = "hired"
    rejected = "rejected"
    withdrew = "withdrew"
    open = "open"


class ConsentStatus(StrEnum):
    granted = "granted"
    withdrawn = "withdrawn"
    unknown = "unknown"


class _Model(BaseModel):
    # Examples (``json_schema_extra``) document the API and seed the fuzzer's examples phase.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)


class Consent(_Model):
    """Whether the person may be approached, on what basis, and until when."""

    status: ConsentStatus = ConsentStatus.unknown
    basis: ShortText | None = Field(default=None, description="consent or legitimate_interest")
    purpose: ShortText | None = Field(default=None, description="e.g. outreach for future roles")
    recorded_at: UtcDatetime | None = None
    expires_at: UtcDatetime | None = None

    def is_valid(self, at: datetime) -> bool:
        """Granted and not expired at ``at``; expired consent counts as none."""
        if self.status is not ConsentStatus.granted:
            return False
        return self.expires_at is None or self.expires_at > at


class Protected(_Model):
    """Self-reported, optional, audit-only. Never imputed: a missing value is 'unknown' to audits."""

    sex: ShortText | None = None
    race_ethnicity: ShortText | None = None
    age_band: ShortText | None = None


class Candidate(_Model):
    """A person the team has met or sourced. ``candidate_id`` is the caller's own id."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        allow_inf_nan=False,
        json_schema_extra={
            "examples": [
                {
                    "candidate_id": "ats-1042",
                    "headline": "ICU nurse",
                    "skills": ["ventilation"],
                    "consent": {"status": "granted"},
                }
            ]
        },
    )

    candidate_id: ExternalId
    name: str | None = Field(default=None, max_length=300)
    emails: CleanList = Field(default_factory=list)
    phones: CleanList = Field(default_factory=list)
    location: str | None = Field(default=None, max_length=200)
    headline: LongText | None = None
    summary: LongText | None = None
    skills: CleanList = Field(default_factory=list)
    years_experience: float | None = Field(default=None, ge=0, le=80)
    seniority: Seniority | None = None
    role_family: Label | None = None
    source: Source = Source.prospect
    intent: Intent | None = None
    application_outcome: Outcome | None = None
    rejection_reason: str | None = Field(default=None, max_length=300)
    consent: Consent = Field(default_factory=Consent)
    last_verified_at: UtcDatetime | None = None
    contact_verified_at: dict[ShortText, UtcDatetime] = Field(
        default_factory=dict, max_length=1000, description="When each email or phone was last confirmed."
    )
    tags: CleanList = Field(default_factory=list)
    protected: Protected | None = Field(default=None, description="Stored apart; read only by audits.")

    def public(self) -> Candidate:
        """The candidate without protected attributes: the only form that is stored with vectors."""
        return self.model_copy(update={"protected": None})

    def profile_text(self) -> str:
        """What the profile vector is made from: what the person does, never who they are."""
        parts = [self.headline or "", self.summary or ""]
        if self.skills:
            parts.append("Skills: " + ", ".join(self.skills))
        return "\n".join(part for part in parts if part).strip()


class NoteIn(_Model):
    """An interview note as a caller sends it for one candidate."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        allow_inf_nan=False,
        json_schema_extra={
            "examples": [{"note_id": "n-77", "stage": "onsite", "text": "Calm and precise with ventilated patients."}]
        },
    )

    note_id: ExternalId
    requisition_id: str | None = Field(default=None, max_length=200)
    stage: Label = "screen"
    author: str | None = Field(default=None, max_length=200)
    written_at: UtcDatetime | None = None
    text: LongText = Field(min_length=1)


class InterviewNote(NoteIn):
    candidate_id: ExternalId


class SignalIn(_Model):
    """A structured evaluation: ``value`` on the declared scale ``[scale_min, scale_max]``."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        allow_inf_nan=False,
        json_schema_extra={"examples": [{"signal_id": "s-5", "dimension": "communication", "value": 4}]},
    )

    signal_id: ExternalId
    dimension: Label
    value: Finite
    scale_min: Finite = 1.0
    scale_max: Finite = 5.0
    evaluator: str | None = Field(default=None, max_length=200)
    observed_at: UtcDatetime | None = None
    stage: Label | None = None

    @model_validator(mode="after")
    def _on_scale(self) -> SignalIn:
        if not self.scale_min < self.scale_max:
            raise ValueError("scale_min must be below scale_max")
        if not self.scale_min <= self.value <= self.scale_max:
            raise ValueError(f"value {self.value} is outside the scale [{self.scale_min}, {self.scale_max}]")
        return self

    @property
    def normalised(self) -> float:
        """The value mapped to [0, 1] so that a 4/5 and an 8/10 read alike."""
        return (self.value - self.scale_min) / (self.scale_max - self.scale_min)


class EvaluationSignal(SignalIn):
    candidate_id: ExternalId


class Requisition(_Model):
    """An open role: the question 'who have we already met that fits?'."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        allow_inf_nan=False,
        json_schema_extra={"examples": [{"title": "ICU nurse", "must_have_skills": ["ventilation"]}]},
    )

    requisition_id: str | None = Field(default=None, max_length=200)
    title: ShortText = ""
    description: LongText = ""
    must_have_skills: CleanList = Field(default_factory=list)
    nice_to_have_skills: CleanList = Field(default_factory=list)
    seniority: Seniority | None = None
    location: ShortText | None = None
    role_family: Label | None = None

    @model_validator(mode="after")
    def _has_text(self) -> Requisition:
        if not (self.title.strip() or self.description.strip() or self.must_have_skills):
            raise ValueError("a requisition needs a title, a description or must-have skills")
        return self

    def keyword_text(self) -> str:
        """What a recruiter would type into a keyword search: the title and the named skills.

        The lexical index reads this rather than the whole description: BM25 over a long job ad is
        dominated by boilerplate terms (measured on the dev set: NDCG@10 0.35 vs 0.68).
        """
        parts = [self.title, *self.must_have_skills, *self.nice_to_have_skills]
        text = " ".join(part for part in parts if part).strip()
        return text or self.description[:500]

    def query_text(self) -> str:
        parts = [self.title, self.description]
        skills = self.must_have_skills + self.nice_to_have_skills
        if skills:
            parts.append("Skills: " + ", ".join(skills))
        return "\n".join(part for part in parts if part).strip()


class RerankOptions(_Model):
    """Ask for a representation-aware re-ranking *proposal* (never applied, never changing a score)."""

    method: Literal["fair", "detcons", "detrelaxed"] = "fair"
    family: Literal["sex", "race_ethnicity"] = "sex"
    protected_group: ShortText | None = Field(default=None, description="FA*IR's protected category (two-group case).")
    alpha: float = Field(default=0.1, gt=0, lt=1)


class MatchFilters(_Model):
    """Who may appear in a shortlist. Consent is required unless a caller says otherwise."""

    consent_required: bool = True
    sources: list[Source] = Field(default_factory=list)
    role_families: list[Label] = Field(default_factory=list)
    locations: CleanList = Field(default_factory=list)
    seniorities: list[Seniority] = Field(default_factory=list)
    must_have_required: bool = Field(default=False, description="Drop candidates missing a must-have skill.")
    must_have_tiers: bool = Field(
        default=True,
        description="Rank by must-haves covered first (the score orders within a tier); a candidate below the "
        "fit floor (memory.fit_level.TIER_FLOOR) forms no tier; false lets must-haves count only through their "
        "weight.",
    )
    intents: list[Intent] = Field(default_factory=list)
    silver_medalists_only: bool = Field(default=False, description="Declared or derived silver-medalists only.")
    include_retired: bool = Field(default=False, description="Retired contacts are left out unless asked for.")
    segment: SegmentName | None = Field(default=None, description="A saved segment's name; its filters are added.")

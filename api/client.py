"""A typed Python client for a running talentrecall server: the verbs of ``Memory``, over HTTP.

Notebooks and scripts use it where they cannot open the store themselves (the embedded store admits one
process, which ``make run`` holds). Arguments and results are the same pydantic models as ``Memory``'s,
and a problem+json answer raises the exception ``Memory`` would have raised::

    TalentRecallError
    ├── NotFound            ← 404
    ├── Conflict            ← 409
    ├── InvalidInput        ← 400, 422
    │   └── TooLarge        ← 413
    ├── ConsentRequired     ← 403 when the domain refused (an erased identity re-imported)
    ├── BackendUnavailable  ← 503, or no server answering at the URL
    ├── Unauthorized        ← 401: no key, or an unknown one           (client only)
    └── Forbidden           ← 403: the key's role may not do this       (client only)

    >>> from api.client import Client
    >>> client = Client("http://127.0.0.1:8000", api_key=None)  # doctest: +SKIP
    >>> client.match(Requisition(title="Senior Go engineer")).results[0].candidate_id  # doctest: +SKIP
    'demo-0012'

Every error carries the server's ``detail``, ``field`` (when known) and ``status``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter

from memory import (
    BackendUnavailable,
    Candidate,
    CandidateView,
    Conflict,
    ConsentRequired,
    Counts,
    DeleteReceipt,
    EvaluationSignal,
    ImportReport,
    InterviewNote,
    InvalidInput,
    MatchFilters,
    MatchResponse,
    NotFound,
    Requisition,
    RerankOptions,
    Segment,
    Source,
    TalentRecallError,
    TooLarge,
    Touchpoint,
    WriteResult,
)
from memory.audit import ScoringRateReport
from memory.decisions import OutcomeAction, RecordedOutcome
from memory.outcomes import DecisionRecord
from memory.relationship import ConsentChange, DueTouch, ExpiringConsent, SegmentCount, StaleRecord
from memory.results import MergeReceipt, RetentionReport

__all__ = ["Client", "Forbidden", "Unauthorized"]

T = TypeVar("T")


class Unauthorized(TalentRecallError):
    """401: the server wants a key (``api_key=``), or does not know this one."""

    title = "Unauthorized"


class Forbidden(TalentRecallError):
    """403: the key's role may not use this route (e.g. a recruiter key asking for an audit)."""

    title = "Forbidden"


_BY_STATUS: dict[int, type[TalentRecallError]] = {
    400: InvalidInput,
    401: Unauthorized,
    404: NotFound,
    409: Conflict,
    413: TooLarge,
    422: InvalidInput,
    503: BackendUnavailable,
}


def error_of(response: Any) -> TalentRecallError:
    """The typed exception for a problem+json answer (any other body still gives a typed error)."""
    try:
        body = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    detail = str(body.get("detail") or response.reason_phrase or f"HTTP {response.status_code}")
    field = body.get("field") or next((e.get("field") for e in body.get("errors") or [] if e.get("field")), None)
    if response.status_code == 403:
        # The domain's 403 is "Consent required"; a role refusal is the auth layer's, titled otherwise.
        cls: type[TalentRecallError] = ConsentRequired if body.get("title") == ConsentRequired.title else Forbidden
    else:
        cls = _BY_STATUS.get(response.status_code, TalentRecallError)
    error = cls(detail, field=field)
    error.status = response.status_code  # type: ignore[attr-defined]
    return error


def _dump(model: BaseModel) -> Any:
    return model.model_dump(mode="json", exclude_none=True)


class Client:
    """The ``Memory`` verbs over REST. ``http`` is the seam: pass any ``httpx.Client`` (e.g. FastAPI's
    ``TestClient(app)``) to talk to an app in-process; otherwise one is made for ``base_url``."""

    def __init__(
        self,
        base_url: str = "http://127.0.0.1:8000",
        *,
        api_key: str | None = None,
        timeout: float = 60.0,
        http: httpx.Client | Any = None,
    ) -> None:
        # Sent with each request rather than set on the session, which a caller may share between clients.
        self._auth = {"authorization": f"Bearer {api_key}"} if api_key else {}
        self._owned = http is None
        # Any: Starlette's TestClient is built on a fork of httpx, so it is not an httpx.Client subclass.
        self._http: Any = http if http is not None else httpx.Client(base_url=base_url, timeout=timeout)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._owned:
            self._http.close()

    def _call(self, method: str, path: str, result: type[T] | Any, **kwargs: Any) -> T:
        try:
            headers = {**self._auth, **kwargs.pop("headers", {})}
            response = self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TransportError as exc:
            raise BackendUnavailable(f"no talentrecall server answered at {self._http.base_url}: {exc}") from exc
        if response.is_error:
            raise error_of(response)
        if result is None:
            return None  # type: ignore[return-value]
        adapted: T = TypeAdapter(result).validate_python(response.json())
        return adapted

    # -- capture --------------------------------------------------------------------------------------

    def upsert_candidate(self, candidate: Candidate) -> WriteResult:
        return self._call("PUT", f"/v1/candidates/{candidate.candidate_id}", WriteResult, json=_dump(candidate))

    def add_note(self, note: InterviewNote) -> WriteResult:
        body = _dump(note)
        return self._call("POST", f"/v1/candidates/{body.pop('candidate_id')}/notes", WriteResult, json=body)

    def add_signal(self, signal: EvaluationSignal) -> WriteResult:
        body = _dump(signal)
        return self._call("POST", f"/v1/candidates/{body.pop('candidate_id')}/signals", WriteResult, json=body)

    def add_touchpoint(self, touchpoint: Touchpoint) -> WriteResult:
        body = _dump(touchpoint)
        return self._call("POST", f"/v1/candidates/{body.pop('candidate_id')}/touchpoints", WriteResult, json=body)

    def import_ndjson(self, lines: Iterable[str | bytes]) -> ImportReport:
        """Send NDJSON lines in one request; the server caps the lines per request (``max_import_lines``)."""
        body = b"".join((line if isinstance(line, bytes) else line.encode()).rstrip(b"\n") + b"\n" for line in lines)
        headers = {"content-type": "application/x-ndjson"}
        return self._call("POST", "/v1/import", ImportReport, content=body, headers=headers)

    def verify(self, candidate_id: str, *, contact: str | None = None) -> WriteResult:
        params = {"contact": contact} if contact else {}
        return self._call("POST", f"/v1/candidates/{candidate_id}/verify", WriteResult, params=params)

    # -- reading --------------------------------------------------------------------------------------

    def get(self, candidate_id: str) -> CandidateView:
        return self._call("GET", f"/v1/candidates/{candidate_id}", CandidateView)

    def count(self) -> Counts:
        health: dict[str, Any] = self._call("GET", "/healthz", dict[str, Any])
        return Counts.model_validate(health["counts"])

    def match(
        self,
        requisition: Requisition,
        *,
        limit: int = 10,
        filters: MatchFilters | None = None,
        weights: Mapping[str, float] | None = None,
        audit: bool = False,
        rerank: RerankOptions | None = None,
        include_without_consent: bool = False,
    ) -> MatchResponse:
        """The ranked, explained shortlist, logged on the server with the key's role as the caller."""
        body: dict[str, Any] = {
            "requisition": _dump(requisition),
            "limit": limit,
            "filters": _dump(filters or MatchFilters()),
            "audit": audit,
            "include_without_consent": include_without_consent,
        }
        if weights is not None:
            body["weights"] = dict(weights)
        if rerank is not None:
            body["rerank"] = _dump(rerank)
        return self._call("POST", "/v1/match", MatchResponse, json=body)

    def audit(
        self, start: datetime | date, end: datetime | date, *, age: bool = False, distribution_date: date | None = None
    ) -> ScoringRateReport:
        """The LL144 report over ``[start, end)``. The route works in whole days (UTC): both must be midnights."""
        first, after = _day(start, "start"), _day(end, "end")
        if after <= first:
            raise InvalidInput("end is not after start", field="end")
        last = after - timedelta(days=1)  # the route's "to" is inclusive
        params: dict[str, Any] = {"from": first.isoformat(), "to": last.isoformat(), "format": "json", "age": age}
        if distribution_date is not None:
            params["distributed"] = distribution_date.isoformat()
        return self._call("GET", "/v1/audit", ScoringRateReport, params=params)

    # -- outcomes -------------------------------------------------------------------------------------

    def record_outcome(
        self,
        decision_id: str,
        candidate_id: str,
        action: OutcomeAction | str,
        *,
        reason: str | None = None,
        at: datetime | None = None,
    ) -> RecordedOutcome:
        """What was done with one person of a shortlist (``MatchResponse.decision_id``); the key's role is logged."""
        body: dict[str, Any] = {"candidate_id": candidate_id, "action": OutcomeAction(action).value}
        if reason is not None:
            body["reason"] = reason
        if at is not None:
            body["at"] = at.isoformat()
        return self._call("POST", f"/v1/decisions/{decision_id}/outcomes", RecordedOutcome, json=body)

    def decision(self, decision_id: str) -> DecisionRecord:
        """One logged shortlist and its outcomes (auditors and admins)."""
        return self._call("GET", f"/v1/decisions/{decision_id}", DecisionRecord)

    # -- relationships --------------------------------------------------------------------------------

    def consent_history(self, candidate_id: str) -> list[ConsentChange]:
        return self._call("GET", f"/v1/candidates/{candidate_id}/consents", list[ConsentChange])

    def expiring_consents(self, days: int = 30) -> list[ExpiringConsent]:
        return self._call("GET", "/v1/consents/expiring", list[ExpiringConsent], params={"days": days})

    def save_segment(self, segment: Segment) -> WriteResult:
        return self._call("PUT", f"/v1/segments/{segment.name}", WriteResult, json=_dump(segment))

    def segments(self) -> list[SegmentCount]:
        return self._call("GET", "/v1/segments", list[SegmentCount])

    def delete_segment(self, name: str) -> None:
        self._call("DELETE", f"/v1/segments/{name}", None)

    def due_for_touch(self, segment: str) -> list[DueTouch]:
        return self._call("GET", f"/v1/segments/{segment}/due", list[DueTouch])

    def refresh_report(self, *, stale_after_days: int = 90) -> list[StaleRecord]:
        params = {"stale_after_days": stale_after_days}
        return self._call("GET", "/v1/refresh-report", list[StaleRecord], params=params)

    def duplicates(self) -> list[list[str]]:
        return self._call("GET", "/v1/duplicates", list[list[str]])

    # -- privacy --------------------------------------------------------------------------------------

    def delete(self, candidate_id: str) -> DeleteReceipt:
        return self._call("DELETE", f"/v1/candidates/{candidate_id}", DeleteReceipt)

    def export(self, candidate_id: str) -> dict[str, Any]:
        return self._call("GET", f"/v1/candidates/{candidate_id}/export", dict[str, Any])

    def merge(self, keep: str, other: str) -> MergeReceipt:
        return self._call("POST", f"/v1/candidates/{keep}/merge", MergeReceipt, json={"other": other})

    def retention(
        self, *, months: int = 24, sources: list[Source] | None = None, apply: bool = False
    ) -> RetentionReport:
        body: dict[str, Any] = {"months": months, "apply": apply}
        if sources is not None:
            body["sources"] = [Source(s).value for s in sources]
        return self._call("POST", "/v1/retention", RetentionReport, json=body)


def _day(value: datetime | date, name: str) -> date:
    if not isinstance(value, datetime):
        return value
    utc = value.astimezone(UTC) if value.tzinfo else value
    if (utc.hour, utc.minute, utc.second, utc.microsecond) != (0, 0, 0, 0):
        raise InvalidInput(f"{name} must be a midnight (UTC): the audit route works in whole days", field=name)
    return utc.date()

"""Reading a bulk import: one JSON object per line, ``{"type": "candidate" | "note" | "signal" | "touchpoint", ...}``.

Parsing is separate from writing so that a bad line is reported with its number and reason and never
stops the good ones around it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pydantic import ValidationError

from memory.models import Candidate, EvaluationSignal, InterviewNote
from memory.relationship import Touchpoint

Record = Candidate | InterviewNote | EvaluationSignal | Touchpoint

_KINDS: dict[str, type[Candidate] | type[InterviewNote] | type[EvaluationSignal] | type[Touchpoint]] = {
    "candidate": Candidate,
    "note": InterviewNote,
    "signal": EvaluationSignal,
    "touchpoint": Touchpoint,
}


@dataclass(frozen=True)
class ParsedLine:
    line: int
    record: Record | None
    error: str | None


def describe(error: ValidationError) -> str:
    """The first problem of a validation error, with its field path: ``emails.0: Input should be ...``."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f" (+{error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}" if where else f"{first['msg']}{more}"


def parse_lines(lines: Iterable[str | bytes]) -> Iterator[ParsedLine]:
    """Yield each non-blank line as a record or an error; line numbers start at 1."""
    for number, raw in enumerate(lines, start=1):
        text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ParsedLine(number, None, f"not JSON: {exc.msg}")
            continue
        if not isinstance(data, dict):
            yield ParsedLine(number, None, "expected a JSON object")
            continue
        kind = data.pop("type", None)
        model = _KINDS.get(kind) if isinstance(kind, str) else None
        if model is None:
            yield ParsedLine(number, None, f"type must be one of {', '.join(_KINDS)}; got {kind!r}")
            continue
        try:
            yield ParsedLine(number, model.model_validate(data), None)
        except ValidationError as exc:
            yield ParsedLine(number, None, describe(exc))

"""Small builders shared by tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from memory import Candidate, InterviewNote

NOW = datetime(2026, 11, 1, tzinfo=UTC)
GRANTED = {"status": "granted", "basis": "consent"}


def candidate(cid: str, **fields: Any) -> Candidate:
    fields.setdefault("consent", GRANTED)
    return Candidate(candidate_id=cid, **fields)


def note(nid: str, cid: str, text: str, **fields: Any) -> InterviewNote:
    return InterviewNote(note_id=nid, candidate_id=cid, text=text, **fields)


LONG_NOTE = " ".join(
    f"Point {i}: the candidate walked through a distributed systems design and handled follow-ups well."
    for i in range(40)
)

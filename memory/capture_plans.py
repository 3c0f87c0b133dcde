"""What capture plans before it encodes: the texts of one batched encoder call and, per record, which
chunks and passages are new and which reuse a stored vector.

Split from ``memory.capture`` so that the write path's storing logic reads apart from its bookkeeping;
``memory.importing`` also uses ``note_model_texts`` to encode an import's next block ahead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from memory import evidence as E
from memory.chunking import passages
from memory.models import Candidate, InterviewNote
from memory.records import FILTER_KEYS
from memory.store import StoredPoint


class Redacts(Protocol):
    """What capture needs of redaction: many texts at once, each with the person it is about."""

    def redact_many(self, texts: Sequence[str], people: Sequence[Candidate | None]) -> list[str]: ...


@runtime_checkable
class KnowsRedactions(Protocol):
    """An encoder that also holds redactions made ahead (``memory.importing.EncodeAhead``: an import's look-ahead
    redacts the next block to encode it, and the writer then needs the same redactions)."""

    def redacted(self, texts: Sequence[str], people: Sequence[Candidate | None]) -> list[str | None]: ...


def redact(redactor: Redacts, ahead: object, texts: Sequence[str], people: Sequence[Candidate | None]) -> list[str]:
    """``redactor.redact_many(texts, people)``, taking what ``ahead`` already redacted for the same text and the
    same person (the same output: the key is the text and the whole record, ``memory.importing``) and redacting
    only the rest, in one call."""
    known: list[str | None] = (
        ahead.redacted(texts, people) if isinstance(ahead, KnowsRedactions) else [None] * len(texts)
    )
    missing = [i for i, out in enumerate(known) if out is None]
    if missing:
        outs = redactor.redact_many([texts[i] for i in missing], [people[i] for i in missing])
        for i, out in zip(missing, outs, strict=True):
            known[i] = out
    return [out for out in known if out is not None]


@dataclass
class Texts:
    """Texts waiting for one batched encoder call; ``add`` returns the row the vector will be in."""

    texts: list[str] = field(default_factory=list)

    def add(self, text: str) -> int:
        self.texts.append(text)
        return len(self.texts) - 1


@dataclass
class ProfilePlan:
    candidate: Candidate
    old: StoredPoint | None
    text: str
    text_hash: str
    rows: list[int] | None  # None: the profile text is unchanged and its vectors are reused


@dataclass
class ChunkPlan:
    position: int
    text: str  # what the model reads (redacted)
    passage: str  # what a recruiter reads (the original sentences)
    reused: StoredPoint | None
    row: int | None
    # Per passage of ``passage`` (``evidence.passages``): the redacted passage, and where its vector is (a
    # row of this batch's encoding, or a stored vector reused); None when it has no redacted twin.
    passages: list[tuple[str, int | Sequence[float]] | None] = field(default_factory=list)


@dataclass
class NotePlan:
    note: InterviewNote
    existed: bool
    old_chunks: int
    chunks: list[ChunkPlan]
    old_passages: dict[str, str] = field(default_factory=dict)  # stored passage point id -> its text hash
    created_at: int | None = None  # the stored note's creation time (kept: retention dates from it)


def note_model_texts(original: str, redacted: str, chunk_words: int) -> list[str]:
    """Every text capture encodes for a new note: its chunks, then their passages (``memory.importing``
    encodes them ahead with this). Both follow the redacted text alone (``memory.capture``): the original
    only decides which shown passage a vector is stored for."""
    pairs = passages(original, redacted, chunk_words)
    return [c for c, _ in pairs] + [p for c, _ in pairs for p in E.passages(c)]


def owner_fields(owner: StoredPoint) -> dict[str, Any]:
    """The candidate's filter fields, copied onto each of their chunks."""
    return {key: owner.payload[key] for key in FILTER_KEYS}
